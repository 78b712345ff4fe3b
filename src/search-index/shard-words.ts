import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { SurfaceWords } from '../lib/search/archive-index/suggest-chunk.ts';
import { searchDocumentText } from '../lib/search/search-document.ts';

/**
 * A shard's words as written, counted for "Did you mean", kept in its bundle
 * folder beside Pagefind's files: the shard cache keeps it with them, so a
 * reused shard's words are not counted again. The build removes the shards'
 * folders once the archive index is written, so it is never published.
 */
export const WORDS_FILE = 'archive-surface-words.v8';

/** The words of a shard's documents, counted in their order. */
export function countShardWords(
  documents: readonly { data: string }[],
): ReadonlyMap<string, number> {
  const words = new SurfaceWords();
  for (const { data } of documents) words.add(searchDocumentText(data));
  return words.counts;
}

/** A shard's counted words as the file keeps them: compact, while the shard waits for Pagefind. */
export function serializeShardWords(counts: ReadonlyMap<string, number>): Buffer {
  return serialize(counts);
}

/** Keeps a shard's counted words in its bundle folder, for the shard cache to store with it. */
export async function writeShardWords(bundle: string, words: Buffer): Promise<void> {
  await writeFile(join(bundle, WORDS_FILE), words);
}

/**
 * The counted words a reused bundle holds; undefined when it holds none that
 * can be read, and the shard's words are counted again. The shard cache
 * checked the file's SHA-256 when it restored the bundle.
 */
export async function readShardWords(
  bundle: string,
): Promise<ReadonlyMap<string, number> | undefined> {
  try {
    const counts: unknown = deserialize(await readFile(join(bundle, WORDS_FILE)));
    return counts instanceof Map ? (counts as ReadonlyMap<string, number>) : undefined;
  } catch {
    return undefined;
  }
}
