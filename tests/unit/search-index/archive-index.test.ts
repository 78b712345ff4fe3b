import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeFilterBucket } from '../../../src/lib/search/archive-index/filter-bucket.ts';
import {
  DAYS_FILE,
  META_FILE,
  filterBucketFile,
  paneGroupFile,
  suggestChunkFile,
  termChunkFile,
  wordTierFile,
  type ArchiveMeta,
  type DayTable,
} from '../../../src/lib/search/archive-index/layout.ts';
import { decodeWordTier, type Postings } from '../../../src/lib/search/archive-index/postings.ts';
import { decodeTermChunk } from '../../../src/lib/search/archive-index/term-chunk.ts';
import {
  decodeSuggestChunk,
  SurfaceWords,
} from '../../../src/lib/search/archive-index/suggest-chunk.ts';
import {
  buildArchiveIndex,
  writeArchiveIndex,
  type DecodedShard,
} from '../../../src/search-index/archive-index.ts';

type Row = [word: string, page: number, weight: number, fields?: string[]];

/** A shard as read-shard.ts gives it: pages listed in Pagefind's order, not by date. */
function shard(
  dates: string[],
  wordCounts: number[],
  rows: Row[],
  metaFields: string[],
  folder: string,
): DecodedShard {
  const byDate = dates
    .map((_, page) => page)
    .sort((a, b) => dates[a]!.localeCompare(dates[b]!) || a - b);
  const words = [...new Set(rows.map(([word]) => word))].sort().map((word) => ({
    word,
    pages: rows
      .filter((row) => row[0] === word)
      .map(([, page, weight, fields = []]) => ({
        page,
        weight,
        locations: weight / 24,
        metaFields: fields.map((field) => metaFields.indexOf(field)),
      }))
      .sort((a, b) => a.page - b.page),
  }));
  const filters: DecodedShard['filters'] = { year: {}, month: {} };
  dates.forEach((date, page) => {
    (filters['year']![date.slice(0, 4)] ??= []).push(page);
    (filters['month']![date.slice(0, 7)] ??= []).push(page);
  });
  return {
    pages: wordCounts.map((wordCount, page) => ({ hash: `h${page}`, wordCount })),
    byDate,
    dates,
    words,
    metaFields,
    filters,
    fragments: dates.map((_, page) => join(folder, `fragment/h${page}.pf_fragment`)),
  };
}

// Global ids in date order: shard 0's pages 1, 0, 2 are docs 0, 1, 2; shard 1's pages 1, 0 are docs 3, 4;
// shard 2's pages 0, 1 are docs 5, 6.
const SHARDS = (folder = (i: number) => `shard-${i}`): DecodedShard[] => [
  shard(
    ['1987-03-02', '1987-02-27', '1987-03-02'],
    [120, 80, 300],
    [
      ['cocoa', 0, 48, ['title']],
      ['cocoa', 1, 24],
      ['cocoa', 2, 24],
      ['texaco', 2, 72],
      ['volcker', 1, 24],
    ],
    ['date', 'title'],
    folder(0),
  ),
  shard(
    ['1987-03-05', '1987-03-04'],
    [60, 200],
    [
      ['cocoa', 0, 24],
      ['cocoa', 1, 96],
      ['coffee', 0, 24, ['title', 'url']],
      ['東京', 1, 24],
    ],
    ['title', 'date', 'url'],
    folder(1),
  ),
  shard(
    ['1988-01-11', '1988-01-11'],
    [100, 140],
    [
      ['cocoa', 1, 24],
      ['texaco', 0, 24],
      ['quota', 1, 0, ['date']],
    ],
    ['title', 'date'],
    folder(2),
  ),
];

/**
 * Every word's postings in global doc ids, as doc -> [weight, page length, metadata fields], the
 * fields' bits those of the archive's fields in the order first met: date, title, url.
 */
const EXPECTED: Record<string, Record<number, [number, number, number]>> = {
  cocoa: {
    0: [24, 80, 0],
    1: [48, 120, 0b10],
    2: [24, 300, 0],
    3: [96, 200, 0],
    4: [24, 60, 0],
    6: [24, 140, 0],
  },
  coffee: { 4: [24, 60, 0b110] },
  quota: { 6: [0, 140, 0b1] },
  texaco: { 2: [72, 300, 0], 5: [24, 100, 0] },
  volcker: { 0: [24, 80, 0] },
  東京: { 3: [24, 200, 0] },
};

const PANE = { person: { 'Jürgen Albers': 3 } };
const SIZES = { tiers: [2, 3], chunkBytes: 20, bucketBytes: 16 };

function read(files: Map<string, Uint8Array>, path: string): Uint8Array {
  const bytes = files.get(path);
  if (bytes === undefined) throw new Error(`no ${path}`);
  return gunzipSync(bytes);
}
const readJson = <T>(files: Map<string, Uint8Array>, path: string): T =>
  JSON.parse(new TextDecoder().decode(read(files, path))) as T;

const rows = ({ docs, weights, lengths, fields }: Postings): [number, [number, number, number]][] =>
  [...docs].map((doc, i) => [doc, [weights[i]!, lengths[i]!, fields[i]!]]);

describe('buildArchiveIndex', () => {
  const files = buildArchiveIndex(SHARDS(), PANE, SIZES);
  const meta = readJson<ArchiveMeta>(files, META_FILE);

  it('numbers the docs oldest first across shards, with their months, days and mean length', () => {
    expect(meta).toMatchObject({
      version: 1,
      docs: 7,
      averageLength: 1000 / 7,
      tiers: [2, 3],
      metaFields: ['date', 'title', 'url'],
    });
    expect(meta.months).toEqual([
      ['1987-02', 0, 1],
      ['1987-03', 1, 4],
      ['1988-01', 5, 2],
    ]);
    expect(readJson<DayTable>(files, DAYS_FILE)).toEqual([
      ['1987-02-27', 0],
      ['1987-03-02', 1],
      ['1987-03-04', 3],
      ['1987-03-05', 4],
      ['1988-01-11', 5],
    ]);
  });

  it('counts every year and month for the pane beside the pane’s own values', () => {
    expect(meta.filters).toEqual({
      person: { 'Jürgen Albers': 3 },
      year: { '1987': 5, '1988': 2 },
      month: { '1987-02': 1, '1987-03': 4, '1988-01': 2 },
    });
  });

  it('holds every word’s postings in global ids, metadata fields in the archive’s bits, inline or in tier files, with df and tier impacts', () => {
    expect(meta.chunks.length).toBeGreaterThan(1);
    const entries = meta.chunks.flatMap((first, chunk) => {
      const decoded = decodeTermChunk(read(files, termChunkFile(chunk)));
      expect(decoded[0]!.word).toBe(first);
      return decoded;
    });
    expect(entries.map((entry) => entry.word)).toEqual(Object.keys(EXPECTED).sort());
    for (const entry of entries) {
      const expected = EXPECTED[entry.word]!;
      expect(entry.df).toBe(Object.keys(expected).length);
      if ('postings' in entry) {
        expect(Object.fromEntries(rows(entry.postings))).toEqual(expected);
        continue;
      }
      const tiers = entry.impacts.map((_, t) =>
        decodeWordTier(read(files, wordTierFile(entry.file, t))),
      );
      expect(tiers.map((tier) => tier.postings.docs.length)).toEqual([2, 3, 1]);
      expect([...tiers[0]!.membership!]).toEqual(Object.keys(expected).map(Number));
      expect(tiers.slice(1).every((tier) => tier.membership === undefined)).toBe(true);
      expect(Object.fromEntries(tiers.flatMap((tier) => rows(tier.postings)))).toEqual(expected);
      expect(rows(tiers[0]!.postings).map(([doc]) => doc)).toEqual([1, 3]);
      expect(entry.impacts).toEqual([...entry.impacts].sort((a, b) => b - a));
    }
  });

  it('puts every filter value’s docs, in global ids, in the bucket its name and value hash to', () => {
    expect(meta.filterBuckets).toBeGreaterThan(1);
    const values: Record<string, number[]> = {};
    for (let bucket = 0; bucket < meta.filterBuckets; bucket++) {
      for (const entry of decodeFilterBucket(read(files, filterBucketFile(bucket)))) {
        values[`${entry.name} ${entry.value}`] = [...entry.docs];
        expect(entry.count).toBe(entry.docs.length);
      }
    }
    expect(values).toEqual({
      'year 1987': [0, 1, 2, 3, 4],
      'year 1988': [5, 6],
      'month 1987-02': [0],
      'month 1987-03': [1, 2, 3, 4],
      'month 1988-01': [5, 6],
    });
  });

  it('writes the listed values of each filter the pane lists, with their docs, in a file of its own', () => {
    const [first, second, third] = SHARDS();
    // Shard 0's pages 0 and 2 are docs 1 and 2, shard 1's page 1 is doc 3.
    first!.filters['person'] = { 'Jürgen Albers': [0, 2], 'Ada Brandt': [1] };
    second!.filters['person'] = { 'Jürgen Albers': [1] };
    const withPeople = buildArchiveIndex([first!, second!, third!], PANE, SIZES);
    const { paneGroups } = readJson<ArchiveMeta>(withPeople, META_FILE);
    expect(paneGroups).toEqual(['person']);
    expect(decodeFilterBucket(read(withPeople, paneGroupFile(0)))).toEqual([
      { name: 'person', value: 'Jürgen Albers', count: 3, docs: Uint32Array.from([1, 2, 3]) },
    ]);
  });

  it('refuses shards out of date order', () => {
    const [first, second] = SHARDS();
    expect(() => buildArchiveIndex([second!, first!], PANE, SIZES)).toThrow(/date order/);
  });

  it('makes an empty archive an index of no docs and no words', () => {
    const empty = buildArchiveIndex([], {});
    expect(readJson<ArchiveMeta>(empty, META_FILE)).toMatchObject({
      docs: 0,
      chunks: [],
      months: [],
    });
  });
});

describe('writeArchiveIndex', () => {
  let folder = '';
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('writes the index and moves each fragment to its doc id, leaving the rest of the shard folders', async () => {
    folder = await mkdtemp(join(tmpdir(), 'archive-index-'));
    const shardFolder = (i: number) => join(folder, `shard-${i}`);
    const shards = SHARDS(shardFolder);
    for (const [i, { fragments }] of shards.entries()) {
      await mkdir(join(shardFolder(i), 'fragment'), { recursive: true });
      await writeFile(join(shardFolder(i), 'pf_meta'), 'engine');
      for (const [page, path] of fragments.entries())
        await writeFile(path, `shard ${i} page ${page}`);
    }
    await writeArchiveIndex(
      folder,
      shards.map((_, i) => shardFolder(i)),
      (path) => Promise.resolve(shards[Number(path.slice(-1))]!),
      PANE,
    );
    expect((await readdir(folder)).sort()).toEqual(['archive', 'shard-0', 'shard-1', 'shard-2']);
    expect(await readdir(join(shardFolder(0), 'fragment'))).toEqual([]);
    const fragment = (doc: number) =>
      readFile(join(folder, 'archive/fragment', `${doc}.pf_fragment`), 'utf8');
    expect(await Promise.all([0, 1, 2, 3, 4, 5, 6].map(fragment))).toEqual([
      'shard 0 page 1',
      'shard 0 page 0',
      'shard 0 page 2',
      'shard 1 page 1',
      'shard 1 page 0',
      'shard 2 page 0',
      'shard 2 page 1',
    ]);
    const meta = JSON.parse(
      gunzipSync(await readFile(join(folder, 'archive', META_FILE))).toString(),
    ) as ArchiveMeta;
    expect(meta.docs).toBe(7);
    expect(await readdir(join(folder, 'archive/terms'))).toHaveLength(meta.chunks.length);
  });

  it('writes the words written twice or more for "Did you mean", in the case most written, by first two letters and length', async () => {
    folder = await mkdtemp(join(tmpdir(), 'archive-index-'));
    const shards = SHARDS((i) => join(folder, `shard-${i}`));
    for (const [i, { fragments }] of shards.entries()) {
      await mkdir(join(folder, `shard-${i}`, 'fragment'), { recursive: true });
      for (const path of fragments) await writeFile(path, 'fragment');
    }
    const words = new SurfaceWords();
    for (const [i, { fragments }] of shards.entries()) {
      for (const page of fragments.keys()) {
        const once = i === 2 && page === 0 ? 'Texaco' : '';
        const loud = i === 0 ? 'BUNDESBANK' : '';
        words.add(`the Bundesbank said the bank rate was 4.5 pct ${loud} ${once}`);
      }
    }
    await writeArchiveIndex(
      folder,
      shards.map((_, i) => join(folder, `shard-${i}`)),
      (path) => Promise.resolve(shards[Number(path.slice(-1))]!),
      PANE,
      words,
    );
    const meta = JSON.parse(
      gunzipSync(await readFile(join(folder, 'archive', META_FILE))).toString(),
    ) as ArchiveMeta;
    const lengths = (...bits: number[]) => bits.reduce((mask, bit) => mask | (1 << bit), 0);
    expect(meta.suggest).toEqual([
      ['ba', lengths(4)],
      ['bu', lengths(10)],
      ['pc', lengths(3)],
      ['ra', lengths(4)],
      ['sa', lengths(4)],
      ['th', lengths(3)],
      ['wa', lengths(3)],
    ]);
    const chunk = async (prefix: string, length: number) =>
      decodeSuggestChunk(
        gunzipSync(
          await readFile(
            join(
              folder,
              'archive',
              suggestChunkFile(
                meta.suggest.findIndex(([known]) => known === prefix),
                length,
              ),
            ),
          ),
        ),
      );
    expect(await chunk('bu', 10)).toEqual([{ word: 'Bundesbank', count: 10 }]);
    expect(await chunk('ba', 4)).toEqual([{ word: 'bank', count: 7 }]);
    expect(await chunk('th', 3)).toEqual([{ word: 'the', count: 14 }]);
  });
});
