import { groupRuns, type Group } from './group.ts';
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
  const groups: Group<T>[] = groupRuns(sorted, keyOf);
  return groups.flatMap(({ key, items }, index) =>
    paginate(items, size).map((page) => ({
      key,
      page,
      previous: groups[index - 1]?.key,
      next: groups[index + 1]?.key,
    })),
  );
}
