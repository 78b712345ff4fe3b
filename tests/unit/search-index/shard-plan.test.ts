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
  it('cuts articles into chronological shards of the given size, each in date order, the newest holding the rest', () => {
    const shards = planShards(DATES, 3);
    expect(shards.map((members) => members.map((member) => DATES[member]))).toEqual([
      ['1999-01-31', '1999-12-31', '2001-07-04'],
      ['2001-07-04', '2020-05-01', '2020-05-02'],
      ['2024-02-29'],
    ]);
    expect(shards.flat().sort()).toEqual(DATES.map((_, index) => index));
  });

  it('fills every shard but the newest, however many articles are left for it', () => {
    const days = (count: number) =>
      Array.from(
        { length: count },
        (_, day) => `2000-01-${String((day % 28) + 1).padStart(2, '0')}`,
      );
    expect(planShards(days(10_001), 2_500).map((s) => s.length)).toEqual([
      2_500, 2_500, 2_500, 2_500, 1,
    ]);
    expect(planShards(days(10_000), 2_500).map((s) => s.length)).toEqual([
      2_500, 2_500, 2_500, 2_500,
    ]);
  });

  it('keeps every shard but the newest as it was when articles dated after the newest are added', () => {
    const archive = Array.from(
      { length: 47 },
      (_, day) => `1987-${String((day % 12) + 1).padStart(2, '0')}-15`,
    );
    const before = planShards(archive, 10);
    const after = planShards([...archive, '1988-01-04', '1988-01-04', '1988-01-05'], 10);
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    expect(after[4]).toEqual([...before[4]!, 47, 48, 49]);
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
