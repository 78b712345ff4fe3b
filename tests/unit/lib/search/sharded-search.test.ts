import { describe, expect, it } from 'vitest';
import {
  addCounts,
  ShardedSearch,
  type SearchOptions,
  type SearchResponse,
} from '../../../../src/lib/search/sharded-search.ts';
import { planShards, shardManifest, shardPath } from '../../../../src/search-index/shard-plan.ts';

const withPaths = (shards: number[][]) =>
  shards.map((members, index) => ({ path: shardPath(index), members }));

/**
 * An archive of four shards of three articles, one year each (2001 to 2004);
 * an article matches a term if its id holds it. A fake shard index searches
 * its own articles, as Pagefind would, and records that it was searched.
 */
function archive(
  articles = ['a1', 'b2', 'c3', 'a4', 'b5', 'c6', 'a7', 'b8', 'c9', 'a10', 'b11', 'c12'],
) {
  const dates = articles.map(
    (_, index) => `${2001 + Math.floor(index / 3)}-0${(index % 3) + 1}-15`,
  );
  const shards = planShards(dates, 3);
  const manifest = shardManifest(dates, withPaths(shards));
  const searched: string[] = [];
  const search = new ShardedSearch(
    Promise.resolve(manifest),
    (shard) => ({
      search(term: string | null, { sort = {} }: SearchOptions): Promise<SearchResponse> {
        searched.push(shard.path);
        const members = shards[Number(/\d+/u.exec(shard.path)![0])]!;
        const hits = members.filter((member) => articles[member]!.includes(term ?? ''));
        const ordered =
          sort['date'] === 'asc' ? hits : sort['date'] === 'desc' ? hits.toReversed() : hits;
        return Promise.resolve({
          // Relevance: later articles of a shard score higher, as a stand-in.
          results: ordered.map((member) => ({
            id: articles[member]!,
            score: member,
            data: () => Promise.resolve({ date: dates[member] }),
          })),
          unfilteredResultCount: hits.length,
          filters: { year: { [dates[members[0]!]!.slice(0, 4)]: hits.length } },
          totalFilters: { year: { [dates[members[0]!]!.slice(0, 4)]: hits.length } },
        });
      },
    }),
    { want: 2, stepArticles: 6 },
  );
  return { search, searched };
}

const ids = (response: SearchResponse | null) => response?.results.map((result) => result.id);

describe('ShardedSearch', () => {
  it('answers filter counts for the whole archive without searching a shard', async () => {
    const { search, searched } = archive();
    expect(await search.filters()).toEqual({
      year: { '2001': 3, '2002': 3, '2003': 3, '2004': 3 },
      month: {
        '2001-01': 1,
        '2001-02': 1,
        '2001-03': 1,
        '2002-01': 1,
        '2002-02': 1,
        '2002-03': 1,
        '2003-01': 1,
        '2003-02': 1,
        '2003-03': 1,
        '2004-01': 1,
        '2004-02': 1,
        '2004-03': 1,
      },
    });
    expect(searched).toEqual([]);
  });

  it('searches the newest shard first and stops once it has a page of results', async () => {
    const { search, searched } = archive();
    const response = await search.search('a', {});
    expect(searched).toEqual(['shard-3/', 'shard-2/']);
    expect(ids(response)).toEqual(['a10', 'a7']);
    expect(response?.coverage).toEqual({
      from: '2003-01-15',
      to: '2004-03-15',
      searched: 6,
      reachable: 12,
      complete: false,
    });
    expect(response?.unfilteredResultCount).toBe(2);
    expect(response?.filters).toEqual({ year: { '2004': 1, '2003': 1 } });
  });

  it('stops a step after stepArticles articles even with fewer results, and searchOlder takes the next step', async () => {
    const { search, searched } = archive();
    expect(ids(await search.search('c3', {}))).toEqual([]);
    expect(searched).toEqual(['shard-3/', 'shard-2/']);
    search.searchOlder();
    const older = await search.search('c3', {});
    expect(ids(older)).toEqual(['c3']);
    expect(searched).toEqual(['shard-3/', 'shard-2/', 'shard-1/', 'shard-0/']);
    expect(older?.coverage.complete).toBe(true);
  });

  it('repeats a search without searching more shards unless asked to', async () => {
    const { search, searched } = archive();
    await search.search('a', {});
    await search.search('a', {});
    expect(searched).toHaveLength(2);
    search.searchOlder();
    await search.search('b', {});
    // searchOlder applies to the query it followed, not to a new one.
    expect(searched).toEqual(['shard-3/', 'shard-2/', 'shard-3/', 'shard-2/']);
  });

  it('keeps date order across shards, newest or oldest first', async () => {
    const { search } = archive();
    const desc = await search.search('', { sort: { date: 'desc' } });
    expect(ids(desc)).toEqual(['c12', 'b11', 'a10']);
    search.searchOlder();
    expect(ids(await search.search('', { sort: { date: 'desc' } }))).toEqual([
      'c12',
      'b11',
      'a10',
      'c9',
      'b8',
      'a7',
    ]);
    const asc = await search.search('', { sort: { date: 'asc' } });
    expect(ids(asc)).toEqual(['a1', 'b2', 'c3']);
    expect(asc?.coverage).toMatchObject({ from: '2001-01-15', to: '2001-03-15', searched: 3 });
  });

  it('ranks by score within a step, and appends older steps after the results already shown', async () => {
    const { search } = archive([
      'x1',
      'x2',
      'x3',
      'x4',
      'x5',
      'x6',
      'x7',
      'x8',
      'x9',
      'x10',
      'x11',
      'x12',
    ]);
    expect(ids(await search.search('x', {}))).toEqual(['x12', 'x11', 'x10']);
    search.searchOlder();
    expect(ids(await search.search('x', {}))).toEqual(['x12', 'x11', 'x10', 'x9', 'x8', 'x7']);
  });

  it('searches only the shards a filter leaves', async () => {
    const { search, searched } = archive();
    const response = await search.search('a', { filters: { year: ['2002'] } });
    expect(searched).toEqual(['shard-1/']);
    expect(ids(response)).toEqual(['a4']);
    expect(response?.coverage).toMatchObject({ searched: 3, reachable: 3, complete: true });
  });

  it('runs searches one at a time, so a step is never taken twice', async () => {
    const { search, searched } = archive();
    await Promise.all([search.search('a', {}), search.search('a', {}), search.search('a', {})]);
    expect(searched).toEqual(['shard-3/', 'shard-2/']);
  });
});

describe('addCounts', () => {
  it('adds counts per filter value across shards', () => {
    expect(
      addCounts([
        { year: { '2001': 2 } },
        undefined,
        { year: { '2001': 1, '2002': 4 }, month: { '2002-01': 4 } },
      ]),
    ).toEqual({
      year: { '2001': 3, '2002': 4 },
      month: { '2002-01': 4 },
    });
  });
});
