import { groupRuns, monthOf } from './group.ts';
import { PAGE_SIZE } from './paginate.ts';

/** What the home page shows of the archive: its newest articles, and where earlier ones go on. */
interface Latest<T> {
  /** Oldest first. */
  items: T[];
  /** The month of the newest article left out, if any. */
  earlierMonth: string | undefined;
}

/**
 * The newest whole months that fit in `limit` articles. When the newest month
 * alone is larger, its newest `limit` articles, and the earlier month is that
 * same month, whose own page lists the rest.
 */
export function latestMonths<T>(
  sorted: readonly T[],
  dateOf: (item: T) => string,
  limit = PAGE_SIZE,
): Latest<T> {
  const months = groupRuns(sorted, (item) => monthOf(dateOf(item)));
  let start = sorted.length;
  for (const month of months.toReversed()) {
    if (sorted.length - start + month.items.length > limit) break;
    start -= month.items.length;
  }
  if (start === sorted.length) start = Math.max(0, sorted.length - limit);
  const earlier = sorted[start - 1];
  return {
    items: sorted.slice(start),
    earlierMonth: earlier === undefined ? undefined : monthOf(dateOf(earlier)),
  };
}
