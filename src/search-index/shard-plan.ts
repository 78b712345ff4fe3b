/**
 * Pagefind indexes the archive in chronological shards of at most a few
 * thousand articles: its memory and time grow faster than the number of pages
 * it indexes (docs/performance.md). The browser never reads the shards: the
 * archive index written from them (archive-index.ts) covers the whole archive.
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
