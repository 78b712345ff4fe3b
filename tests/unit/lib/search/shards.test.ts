import { describe, expect, it } from 'vitest';
import {
  planShards,
  shardManifest,
  shardPath,
  shardsToSearch,
} from '../../../../src/lib/search/shards.ts';

const withPaths = (shards: number[][]) =>
  shards.map((members, index) => ({ path: shardPath(index), members }));

const DATES = [
  '2020-05-02',
  '1999-01-31',
  '2020-05-01',
  '2001-07-04',
  '1999-12-31',
  '2024-02-29',
  '2001-07-04',
];

describe('planShards', () => {
  it('cuts articles into chronological shards of at most the given size, each in date order', () => {
    const shards = planShards(DATES, 3);
    expect(shards.map((members) => members.map((member) => DATES[member]))).toEqual([
      ['1999-01-31', '1999-12-31'],
      ['2001-07-04', '2001-07-04'],
      ['2020-05-01', '2020-05-02', '2024-02-29'],
    ]);
    expect(shards.flat().sort()).toEqual(DATES.map((_, index) => index));
  });

  it('evens the shards out rather than leaving a crumb for the newest one', () => {
    const sizes = planShards(
      Array.from(
        { length: 10_001 },
        (_, day) => `2000-01-${String((day % 28) + 1).padStart(2, '0')}`,
      ),
      2_500,
    ).map((s) => s.length);
    expect(sizes).toEqual([2_000, 2_000, 2_000, 2_000, 2_001]);
  });

  it('makes one shard of a small archive and none of an empty one', () => {
    expect(planShards(['2025-11-19', '2025-11-22'], 2_500)).toEqual([[0, 1]]);
    expect(planShards([], 2_500)).toEqual([]);
  });

  it('rejects a size that cannot hold an article', () => {
    expect(() => planShards(DATES, 0)).toThrow(RangeError);
    expect(() => planShards(DATES, 1.5)).toThrow(RangeError);
  });
});

describe('shardManifest', () => {
  const manifest = shardManifest(DATES, withPaths(planShards(DATES, 3)));

  it('gives each shard its folder, date range, size and filter values', () => {
    expect(manifest.shards[0]).toEqual({
      path: 'shard-0/',
      from: '1999-01-31',
      to: '1999-12-31',
      articles: 2,
      filters: { year: ['1999'], month: ['1999-01', '1999-12'] },
    });
    expect(manifest.shards.map((shard) => shard.path)).toEqual([
      'shard-0/',
      'shard-1/',
      'shard-2/',
    ]);
  });

  it('counts the whole archive per filter value', () => {
    expect(manifest.articles).toBe(7);
    expect(manifest.filters['year']).toEqual({ '1999': 2, '2001': 2, '2020': 2, '2024': 1 });
    expect(manifest.filters['month']?.['2001-07']).toBe(2);
  });
});

describe('shardsToSearch', () => {
  const manifest = shardManifest(DATES, withPaths(planShards(DATES, 3)));
  const paths = (filters: Record<string, unknown>, order: 'asc' | 'desc' = 'desc') =>
    shardsToSearch(manifest, filters, order).map((shard) => shard.path);

  it('goes newest first, or oldest first when sorted so', () => {
    expect(paths({})).toEqual(['shard-2/', 'shard-1/', 'shard-0/']);
    expect(paths({}, 'asc')).toEqual(['shard-0/', 'shard-1/', 'shard-2/']);
  });

  it('skips shards a filter rules out entirely', () => {
    expect(paths({ year: ['2001'] })).toEqual(['shard-1/']);
    expect(paths({ year: '2024' })).toEqual(['shard-2/']);
    expect(paths({ year: { any: ['1999', '2024'] } })).toEqual(['shard-2/', 'shard-0/']);
    expect(paths({ year: { all: ['2020', '2024'] } })).toEqual(['shard-2/']);
    expect(paths({ year: ['2020'], month: ['2020-05'] })).toEqual(['shard-2/']);
    expect(paths({ year: ['2001'], month: ['2020-05'] })).toEqual([]);
    expect(paths({ year: ['1066'] })).toEqual([]);
  });

  it('skips nothing for filters it cannot judge', () => {
    expect(paths({ year: { none: ['2024'] } })).toHaveLength(3);
    expect(paths({ not: { year: '2024' } })).toHaveLength(3);
    expect(paths({ any: [{ year: '1999' }, { year: '2024' }] })).toHaveLength(3);
    expect(paths({ year: { any: [] } })).toHaveLength(3);
  });
});

describe('filters the shards do not list', () => {
  it('are counted in the manifest and skip no shard', () => {
    const dates = ['2020-01-01', '2021-01-01'];
    const manifest = shardManifest(
      dates,
      [
        { path: 'shard-0/', members: [0] },
        { path: 'shard-1/', members: [1] },
      ],
      { people: { 'Rustem Umerov': 2 } },
    );
    expect(manifest.filters['people']).toEqual({ 'Rustem Umerov': 2 });
    expect(
      shardsToSearch(manifest, { people: 'Rustem Umerov' }, 'desc').map((shard) => shard.path),
    ).toEqual(['shard-1/', 'shard-0/']);
    expect(
      shardsToSearch(manifest, { people: 'Rustem Umerov', year: '2020' }, 'desc').map(
        (shard) => shard.path,
      ),
    ).toEqual(['shard-0/']);
  });
});
