import { childPeriods, groupRuns } from './group.ts';
import { withNeighbours } from './neighbours.ts';
import { paginate, PAGE_SIZE, type Page } from './paginate.ts';

export interface ListingPage<T> {
  /** The period listed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  key: string;
  page: Page<T>;
  /** The nearest earlier and later periods of the same kind that have articles. */
  previous: string | undefined;
  next: string | undefined;
}

/** Every page of every period listing, with each period's neighbours, from sorted items. */
export function listingPages<T>(
  sorted: readonly T[],
  keyOf: (item: T) => string,
  size = PAGE_SIZE,
): ListingPage<T>[] {
  return withNeighbours(groupRuns(sorted, keyOf)).flatMap(
    ({ item: { key, items }, previous, next }) =>
      paginate(items, size).map((page) => ({
        key,
        page,
        previous: previous?.key,
        next: next?.key,
      })),
  );
}

/**
 * Every year with its neighbours, from the archive's counts (periodCounts). A
 * year page lists its months and days, never its articles, so it is one page
 * however many the year holds.
 */
export function yearListings(counts: ReadonlyMap<string, number>): ListingPage<never>[] {
  const years = childPeriods(counts, '').map(([year]) => year);
  return withNeighbours(years).map(({ item: key, previous, next }) => ({
    key,
    page: { number: 1, count: 1, items: [] },
    previous,
    next,
  }));
}
