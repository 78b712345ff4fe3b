import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import {
  decodeFilterChunk,
  decodeIndexChunk,
  decodeMeta,
  type PagefindMeta,
  type PagefindWord,
} from '../lib/search/pagefind-format.ts';

const gunzipAsync = promisify(gunzip);

/** What a shard's Pagefind bundle holds, its page numbers those of its pf_meta. */
export interface PagefindShard {
  meta: PagefindMeta;
  /** Every word of the shard's index, in code-unit order. */
  words: PagefindWord[];
  /** Filter name -> value -> page indexes. */
  filters: Record<string, Record<string, number[]>>;
  /** Page index -> path of its fragment file. */
  fragments: string[];
}

/**
 * Reads the index of one Pagefind bundle (`pagefind-entry.json` names its
 * pf_meta, which names the rest; pagefind-format.ts decodes them). A shard's
 * search documents are all in one language, so its bundle has one index.
 */
export async function readShard(folder: string): Promise<PagefindShard> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const languages = Object.values(entry.languages);
  if (languages.length !== 1)
    throw new Error(`${folder}: expected one language's index, found ${languages.length}`);
  const meta = decodeMeta(await gunzipped(join(folder, `pagefind.${languages[0]!.hash}.pf_meta`)));
  const [chunks, filterChunks] = await Promise.all([
    Promise.all(
      meta.indexChunks.map(async ({ hash }) =>
        decodeIndexChunk(await gunzipped(join(folder, 'index', `${hash}.pf_index`))),
      ),
    ),
    Promise.all(
      Object.values(meta.filterChunks).map(async (hash) =>
        decodeFilterChunk(await gunzipped(join(folder, 'filter', `${hash}.pf_filter`))),
      ),
    ),
  ]);
  return {
    meta,
    words: chunks.flat().sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)),
    filters: Object.fromEntries(filterChunks.map(({ name, values }) => [name, values])),
    fragments: meta.pages.map(({ hash }) => join(folder, 'fragment', `${hash}.pf_fragment`)),
  };
}

async function gunzipped(file: string): Promise<Uint8Array> {
  return gunzipAsync(await readFile(file));
}
