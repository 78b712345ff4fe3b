import { describe, expect, it } from 'vitest';
import { shardsToSearch, type Shard } from '../../../../src/lib/search/shards.ts';

const shard = (path: string, from: string, to: string, filters: Shard['filters']): Shard => ({
  path,
  from,
  to,
  articles: 2,
  filters,
});

/** Three shards as the build writes them (src/search-index/shard-plan.ts), oldest first. */
const MANIFEST = {
  articles: 6,
  filters: {},
  shards: [
    shard('shard-0/', '1999-01-31', '1999-12-31', {
      year: ['1999'],
      month: ['1999-01', '1999-12'],
    }),
    shard('shard-1/', '2001-07-04', '2001-07-04', { year: ['2001'], month: ['2001-07'] }),
    shard('shard-2/', '2020-05-01', '2024-02-29', {
      year: ['2020', '2024'],
      month: ['2020-05', '2024-02'],
    }),
  ],
};

describe('shardsToSearch', () => {
  const paths = (filters: Record<string, unknown>, order: 'asc' | 'desc' = 'desc') =>
    shardsToSearch(MANIFEST, filters, order).map((shard) => shard.path);

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

  it('skips no shard for a filter the shards do not list', () => {
    expect(paths({ people: 'Rustem Umerov' })).toHaveLength(3);
    expect(paths({ people: 'Rustem Umerov', year: '2001' })).toEqual(['shard-1/']);
  });
});
