import { groupRuns, monthOf } from './group.ts';

/** No listing page holds more articles than this, whatever the size of the archive. */
export const PAGE_SIZE = 200;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/**
 * The newest whole months that fit in `limit` articles, for the home page.
 * When the newest month alone is larger, its newest `limit` articles.
 */
export function latestMonths<T>(
  sorted: readonly T[],
  dateOf: (item: T) => string,
  limit = PAGE_SIZE,
): T[] {
  const months = groupRuns(sorted, (item) => monthOf(dateOf(item)));
  let start = sorted.length;
  for (const month of months.toReversed()) {
    if (sorted.length - start + month.items.length > limit) break;
    start -= month.items.length;
  }
  return start === sorted.length ? sorted.slice(-limit) : sorted.slice(start);
}
