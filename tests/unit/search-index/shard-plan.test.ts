import { describe, expect, it } from 'vitest';
import { planShards, shardManifest, shardPath } from '../../../src/search-index/shard-plan.ts';

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

describe('filters the shards do not list', () => {
  it('are counted in the manifest, and no shard lists them', () => {
    const manifest = shardManifest(
      ['2020-01-01', '2021-01-01'],
      [
        { path: 'shard-0/', members: [0] },
        { path: 'shard-1/', members: [1] },
      ],
      { people: { 'Rustem Umerov': 2 } },
    );
    expect(manifest.filters['people']).toEqual({ 'Rustem Umerov': 2 });
    expect(manifest.shards.map((shard) => Object.keys(shard.filters))).toEqual([
      ['year', 'month'],
      ['year', 'month'],
    ]);
  });
});
