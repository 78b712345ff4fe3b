/**
 * Pagefind indexes the archive in chronological shards of a few hundred
 * articles: its memory and time grow faster than the number of pages it
 * indexes, and a shard an edit touches is indexed again whole
 * (docs/performance.md). The browser never reads the shards: the
 * archive index written from them (archive-index.ts) covers the whole archive.
 */

/** Articles per search shard, unless ARCHIVE_SEARCH_SHARD_SIZE says otherwise. */
export const DEFAULT_SHARD_SIZE = 500;

/** The folder of the shard at `index`, relative to the sharded bundle. */
export const shardPath = (index: number): string => `shard-${index}/`;

/**
 * Splits articles, given by date in any order, into chronological shards of
 * `size` articles, the newest shard holding the rest. Returns the articles'
 * positions in `dates`, oldest shard first; within a shard, by date.
 */
export function planShards(dates: readonly string[], size: number): number[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`a shard holds at least one article, not ${size}`);
  const order = dates
    .map((_, index) => index)
    .sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
  // Full shards from the oldest, so a day's new articles, dated after the
  // newest, change only the newest shard and an edit only its own: the
  // indexer reuses every other shard's index from the last build. A crumb of
  // a newest shard costs nothing, since the browser reads the archive index.
  return Array.from({ length: Math.ceil(order.length / size) }, (_, shard) =>
    order.slice(shard * size, (shard + 1) * size),
  );
}
