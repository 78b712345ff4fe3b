import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { random } from '../../../../../scripts/make-corpus.ts';
import { ARCHIVE_FOLDER } from '../../../../../src/lib/search/archive-index/layout.ts';
import { ArchiveFiles } from '../../../../../src/lib/search/archive-search/archive-files.ts';
import { ArchiveSearch } from '../../../../../src/lib/search/archive-search/archive-search.ts';
import {
  buildArchiveIndex,
  type DecodedShard,
} from '../../../../../src/search-index/archive-index.ts';

const PAGES = 600;
/** People named on every n-th page; only the first is listed in the pane. */
const PEOPLE = [
  ['Ada Brandt', 3],
  ['Jürgen Albers', 5],
] as const;
const PANE = { people: { 'Ada Brandt': PAGES / 3 } };
const META_FIELDS = ['date', 'title', 'url'];

/**
 * One shard of an archive where "talks" is on most pages and "Geneva" on a
 * third of them, a few times each: a place and a common word, whose first
 * ten need more tiers than a small budget allows.
 */
function archive(): DecodedShard {
  const next = random(15);
  const dates = Array.from({ length: PAGES }, (_, page) =>
    new Date(Date.UTC(1987, 0, 1 + page)).toISOString().slice(0, 10),
  );
  const onPage = (share: number) =>
    Array.from({ length: PAGES }, (_, page) => page)
      .filter(() => next() < share)
      .map((page) => ({
        page,
        weight: 24 * (1 + Math.floor(next() * 6)),
        locations: 1,
        metaFields: [],
      }));
  const filters: DecodedShard['filters'] = { year: {}, month: {}, people: {} };
  dates.forEach((date, page) => {
    (filters['year']![date.slice(0, 4)] ??= []).push(page);
    (filters['month']![date.slice(0, 7)] ??= []).push(page);
    for (const [person, every] of PEOPLE)
      if (page % every === 0) (filters['people']![person] ??= []).push(page);
  });
  return {
    pages: dates.map((_, page) => ({
      hash: `h${page}`,
      wordCount: 150 + Math.floor(next() * 900),
    })),
    byDate: dates.map((_, page) => page),
    dates,
    words: [
      { word: 'geneva', pages: onPage(0.35) },
      { word: 'talks', pages: onPage(0.85) },
      // Words that "gen" begins, besides "geneva": a prefix a reader passes through while typing.
      ...['genial', 'genius', 'genome', 'genre'].map((word) => ({ word, pages: onPage(0.35) })),
    ],
    metaFields: META_FIELDS,
    filters,
    fragments: dates.map((_, page) => `fragment/h${page}.pf_fragment`),
  };
}

const files = buildArchiveIndex([archive()], PANE, {
  tiers: [8, 16, 32],
  chunkBytes: 4096,
  bucketBytes: 1024,
});
const search = (rankingBudget: number, requested: string[] = []) => {
  const archiveFiles = new ArchiveFiles((path) => {
    const file = path.slice(ARCHIVE_FOLDER.length + 1);
    requested.push(file);
    const bytes = files.get(file);
    return bytes ? Promise.resolve(gunzipSync(bytes)) : Promise.reject(new Error(`no ${path}`));
  });
  return new ArchiveSearch(archiveFiles, { rankingBudget });
};
const firstTen = async (query: string, rankingBudget: number) =>
  Array.from(
    (await search(rankingBudget).search(query, {}, { range: {}, depth: 10 })).docs.slice(0, 10),
  );

describe('ArchiveSearch', () => {
  it('preloads a word’s term chunk, the first tiers of the few words it matches and their growing tiers, as its search will fetch them first', async () => {
    const preloaded: string[] = [];
    expect(await search(Infinity, preloaded).preload('geneva talks')).toBe(true);
    const searched: string[] = [];
    await search(Infinity, searched).search('geneva talks', {}, { range: {}, depth: 1 });
    const tiers = preloaded.filter((path) => path.startsWith('words/'));
    // Tiers of 8, 16 and 32 postings: the second grows, the third is full-size.
    expect(tiers.map((path) => path.replace(/^words\/\d+/u, ''))).toEqual(
      expect.arrayContaining(['-0.pfa', '-0.pfa', '-1.pfa', '-1.pfa']),
    );
    expect(tiers).toHaveLength(4);
    expect(searched).toEqual(expect.arrayContaining(preloaded));
  });

  it('asks for a frequent word’s growing tiers with its first, not a round trip after it', async () => {
    const requested: string[] = [];
    const held: (() => void)[] = [];
    const archiveFiles = new ArchiveFiles((path) => {
      const file = path.slice(ARCHIVE_FOLDER.length + 1);
      requested.push(file);
      const bytes = gunzipSync(files.get(file)!);
      return file.startsWith('words/')
        ? new Promise((resolve) => held.push(() => resolve(bytes)))
        : Promise.resolve(bytes);
    });
    let done = false;
    const searching = new ArchiveSearch(archiveFiles)
      .search('talks', {}, { range: {}, depth: 10 })
      .finally(() => (done = true));
    // Every file but the tiers is served at once: what is asked for before a tier arrives is asked for now.
    await new Promise((resolve) => setTimeout(resolve));
    const [first, ...others] = requested.filter((path) => path.startsWith('words/'));
    expect(first).toMatch(/^words\/\d+-0\.pfa$/u);
    expect(others).toEqual([first!.replace('-0.', '-1.')]);
    while (!done) {
      for (const release of held.splice(0)) release();
      await new Promise((resolve) => setTimeout(resolve));
    }
    expect((await searching).docs.length).toBeGreaterThan(PAGES / 2);
  });

  it('preloads only the term chunks of a prefix that matches more than a few words, and nothing for a word under three letters', async () => {
    const prefix: string[] = [];
    expect(await search(Infinity, prefix).preload('gen')).toBe(false);
    expect(prefix.length).toBeGreaterThan(1);
    expect(prefix.filter((path) => !path.startsWith('terms/'))).toEqual(['meta.pfa']);
    const short: string[] = [];
    expect(await search(Infinity, short).preload('ge ta')).toBe(false);
    expect(short).toEqual([]);
    expect(await search(Infinity).preload('geneva ge')).toBe(false);
  });

  it('preloads the first tiers of every word a finished word begins, as its search will load them', async () => {
    const firstTiers = (paths: string[]) => paths.filter((path) => /^words\/\d+-0\./u.test(path));
    const finished: string[] = [];
    expect(await search(Infinity, finished).preload('gen talks')).toBe(true);
    expect(firstTiers(finished)).toHaveLength(6);
    const spaced: string[] = [];
    expect(await search(Infinity, spaced).preload('gen ')).toBe(true);
    expect(firstTiers(spaced)).toHaveLength(5);
  });

  it('tells the first results as soon as they are settled, rounds before the rest, and not when sorting by date', async () => {
    const requested: string[] = [];
    const tiers = () => requested.filter((path) => path.startsWith('words/')).length;
    const told: { docs: number[]; tiers: number }[] = [];
    const lead = {
      count: 2,
      settled: (docs: number[]) => told.push({ docs, tiers: tiers() }),
    };
    const found = await search(Infinity, requested).search(
      'geneva talks',
      {},
      { range: {}, depth: 10, lead },
    );
    expect(told.map(({ docs }) => docs)).toEqual([Array.from(found.docs.subarray(0, 2))]);
    expect(told[0]!.tiers).toBeLessThan(tiers());
    await search(Infinity).search(
      'geneva talks',
      { sort: { date: 'desc' } },
      { range: {}, depth: 10, lead },
    );
    expect(told).toHaveLength(1);
  });

  it('stops loading tiers once its signal aborts, rejecting with the reason', async () => {
    const whole: string[] = [];
    await search(Infinity, whole).search('geneva talks', {}, { range: {}, depth: 10 });
    const stopped: string[] = [];
    const reason = new Error('overtaken');
    await expect(
      search(Infinity, stopped).search(
        'geneva talks',
        {},
        { range: {}, depth: 10, signal: AbortSignal.abort(reason) },
      ),
    ).rejects.toBe(reason);
    // The first tiers and those fetched with them (tiers 0 and 1), but none the ranking's later rounds ask for.
    const later = (paths: string[]) => paths.filter((path) => /^words\/\d+-[2-9]/u.test(path));
    expect(stopped.filter((path) => path.startsWith('words/'))).toHaveLength(4);
    expect(later(stopped)).toEqual([]);
    expect(later(whole).length).toBeGreaterThan(0);
  });

  it('counts the listed values of the filters a page counts over the matches, and keeps the others’ whole-archive counts', async () => {
    const geneva = async (counted?: ReadonlySet<string>) =>
      await search(Infinity).search(
        'Geneva',
        {},
        { range: {}, depth: 10, ...(counted && { counted }) },
      );
    const everything = await geneva();
    const withAda = Array.from(everything.docs).filter((doc) => doc % 3 === 0).length;
    expect(withAda).toBeLessThan(PAGES / 3);
    expect(everything.filters['people']).toEqual({ 'Ada Brandt': withAda });
    expect((await geneva(new Set(['people']))).filters['people']).toEqual({
      'Ada Brandt': withAda,
    });
    expect((await geneva(new Set())).filters['people']).toEqual(PANE.people);
    const ticked = await search(Infinity).search(
      'Geneva',
      { filters: { people: 'Ada Brandt' } },
      { range: {}, depth: 10, counted: new Set(['people']) },
    );
    expect(ticked.filters['people']).toEqual({ 'Ada Brandt': withAda });
    expect(ticked.totalFilters['people']).toEqual({ 'Ada Brandt': withAda });
  });

  it('past its ranking budget, still ranks first the pages the whole ranking puts first, for a place and a common word', async () => {
    const exact = await firstTen('Geneva talks', Infinity);
    const budgeted = await firstTen('Geneva talks', 200);
    expect(budgeted.filter((doc) => exact.includes(doc)).length).toBeGreaterThanOrEqual(9);
  });
});
