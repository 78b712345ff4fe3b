import { describe, expect, it } from 'vitest';
import { planShards, shardPath } from '../../../src/search-index/shard-plan.ts';

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

describe('shardPath', () => {
  it('names the folder of each shard by its place in date order', () => {
    expect([0, 1, 12].map(shardPath)).toEqual(['shard-0/', 'shard-1/', 'shard-12/']);
  });
});
