import { monthOf, yearOf } from '../timeline/group.ts';

/**
 * The search index is split into chronological shards, each a complete
 * Pagefind bundle of at most a few thousand articles. Pagefind's memory and
 * time grow faster than the number of pages it indexes (at 10,000 articles one
 * index took 21 s and 2.9 GB, ten shards 16 s and 0.3 GB each), and a browser
 * only downloads the shards a query reaches: a first search costs the same in
 * a 2,000-article archive as in a 200,000-article one.
 */

/** Articles per search shard, unless ARCHIVE_SEARCH_SHARD_SIZE says otherwise. */
export const DEFAULT_SHARD_SIZE = 2_500;

/** Pagefind filters of every article, keyed by filter name. */
export function searchFilters(date: string): Record<string, string> {
  return { year: yearOf(date), month: monthOf(date) };
}

/** Article counts per filter value: `{ year: { '2025': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface Shard {
  /** The shard's Pagefind bundle, relative to the sharded bundle's folder, ending in `/`. */
  path: string;
  /** First and last article date (YYYY-MM-DD) in the shard. */
  from: string;
  to: string;
  articles: number;
  /** The filter values that occur in the shard: which shards a filtered search can skip. */
  filters: Record<string, string[]>;
}

export interface ShardManifest {
  articles: number;
  /** Article counts for the whole archive, shown before any shard is loaded. */
  filters: FilterCounts;
  /** Oldest first. */
  shards: Shard[];
}

/** The manifest's file name, beside the sharded bundle's `pagefind.js`. */
export const MANIFEST_FILE = 'shards.json';

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

/**
 * The shards a search must look in, in the order it looks: newest first,
 * unless the results are sorted oldest first. A shard is skipped only when a
 * filter rules out every article in it; filters the shards do not list, the compound forms (`any`, `all`,
 * `none` and `not` holding filter objects) and `none`/`not` values skip nothing.
 */
export function shardsToSearch(
  manifest: ShardManifest,
  filters: Record<string, unknown>,
  order: 'asc' | 'desc',
): Shard[] {
  const simple = Object.entries(filters).filter(([name]) => !COMPOUND.has(name));
  const chosen = manifest.shards.filter((shard) =>
    simple.every(
      ([name, wanted]) => !(name in shard.filters) || mayMatch(shard.filters[name]!, wanted),
    ),
  );
  return order === 'asc' ? chosen : chosen.reverse();
}

const COMPOUND = new Set(['any', 'all', 'none', 'not']);

/** Pagefind's filter semantics: a list or `all` needs every value, `any` one of them. */
function mayMatch(present: readonly string[], wanted: unknown): boolean {
  const has = (value: unknown) => typeof value === 'string' && present.includes(value);
  if (typeof wanted === 'string') return has(wanted);
  if (Array.isArray(wanted)) return wanted.every(has);
  if (typeof wanted !== 'object' || wanted === null) return true;
  const { any, all } = wanted as { any?: unknown; all?: unknown };
  if (Array.isArray(all) && !all.every(has)) return false;
  if (Array.isArray(any) && any.length > 0 && !any.some(has)) return false;
  return true;
}
