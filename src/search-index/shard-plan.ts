import {
  searchFilters,
  type FilterCounts,
  type Shard,
  type ShardManifest,
} from '../lib/search/shards.ts';

/**
 * The search index is split into chronological shards, each a complete
 * Pagefind bundle of at most a few thousand articles: Pagefind's memory and
 * time grow faster than the number of pages it indexes (docs/performance.md),
 * and a browser downloads only the shards a query reaches, so a first search
 * costs the same in a small archive as in a large one.
 */

/** Articles per search shard, unless ARCHIVE_SEARCH_SHARD_SIZE says otherwise. */
export const DEFAULT_SHARD_SIZE = 2_500;

/** The folder of the shard at `index`, relative to the sharded bundle. */
export const shardPath = (index: number): string => `shard-${index}/`;

/**
 * Splits articles, given by date in any order, into chronological shards of at
 * most `size` articles. Returns the articles' positions in `dates`, oldest
 * shard first; within a shard, by date.
 */
export function planShards(dates: readonly string[], size: number): number[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`a shard holds at least one article, not ${size}`);
  const order = dates
    .map((_, index) => index)
    .sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
  const count = Math.ceil(order.length / size);
  // Even shards rather than full ones and a small remainder: the newest
  // shard, which most searches load first, is never a crumb.
  const cut = (shard: number) => Math.floor((shard * order.length) / count);
  return Array.from({ length: count }, (_, shard) => order.slice(cut(shard), cut(shard + 1)));
}

/**
 * Describes shards for the browser: their folders, date ranges, sizes and
 * filter values. `members` are positions in `dates`, in date order. `other`
 * are counts of filters the shards do not list, which skip no shard.
 */
export function shardManifest(
  dates: readonly (string | undefined)[],
  shards: readonly { path: string; members: readonly number[] }[],
  other: FilterCounts = {},
): ShardManifest {
  const filters: FilterCounts = { ...other };
  const entries = shards.map(({ path, members }): Shard => {
    const values: Record<string, Set<string>> = {};
    for (const member of members) {
      for (const [name, value] of Object.entries(searchFilters(dates[member]!))) {
        (values[name] ??= new Set()).add(value);
        const counts = (filters[name] ??= {});
        counts[value] = (counts[value] ?? 0) + 1;
      }
    }
    return {
      path,
      from: dates[members[0]!]!,
      to: dates[members.at(-1)!]!,
      articles: members.length,
      filters: Object.fromEntries(
        Object.entries(values).map(([name, set]) => [name, [...set].sort()]),
      ),
    };
  });
  return {
    articles: entries.reduce((sum, shard) => sum + shard.articles, 0),
    filters,
    shards: entries,
  };
}
