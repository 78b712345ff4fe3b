import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackFiles } from '../../../src/lib/search/archive-index/file-pack.ts';
import { WARM_UP_FILE, WARM_UP_QUERY } from '../../../src/lib/search/archive-index/layout.ts';
import { ArchiveFiles } from '../../../src/lib/search/archive-search/archive-files.ts';
import { ArchiveSearch } from '../../../src/lib/search/archive-search/archive-search.ts';
import { queryTerms } from '../../../src/lib/search/query-terms.ts';
import { writeWarmUpIndex } from '../../../src/search-index/warm-up-index.ts';

const bundle = mkdtempSync(join(tmpdir(), 'warm-up-index-'));
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

/** The warm-up index as the browser's engine reads it, from its one file, with the files it asked for. */
async function warmUpSearch() {
  await writeWarmUpIndex(bundle);
  const pack = unpackFiles(gunzipSync(readFileSync(join(bundle, WARM_UP_FILE))));
  const requested: string[] = [];
  const files = new ArchiveFiles((path) => {
    requested.push(path);
    const bytes = pack.get(path);
    return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no ${path}`));
  });
  return { files, requested, search: new ArchiveSearch(files) };
}

describe('writeWarmUpIndex', () => {
  it('writes an index whose query matches its pages through several tiers of each word, as a common word’s first search does', async () => {
    const { search, requested } = await warmUpSearch();
    const found = await search.search(WARM_UP_QUERY, {}, { range: {}, depth: 10 });
    expect(found.unfiltered).toBeGreaterThan(10);
    const tiers = requested.filter((path) => path.includes('/words/'));
    expect(tiers.length).toBeGreaterThanOrEqual(4);
    // Both words' tiers, not only the wider one's.
    expect(new Set(tiers.map((path) => path.split('/words/')[1]!.split('-')[0])).size).toBe(2);
  });

  it('gives its first results fragments that hold the query’s words, for the excerpts to be built', async () => {
    const { search, files } = await warmUpSearch();
    const found = await search.search(WARM_UP_QUERY, {}, { range: {}, depth: 3 });
    for (const doc of found.docs.subarray(0, 3)) {
      const fragment = await files.fragment(doc);
      expect(fragment.url).toBe(fragment.meta['url']);
      expect(queryTerms(fragment.content)).toEqual(
        expect.arrayContaining(queryTerms(WARM_UP_QUERY)),
      );
    }
  });
});
