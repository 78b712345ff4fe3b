import { monthOf, yearOf } from '../timeline/group.ts';

/**
 * What the build and the browser share about the chronological shards of the
 * search index: the manifest the build writes (src/search-index/shard-plan.ts)
 * and the choice of shards a search looks in, made from it in the browser.
 */

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
