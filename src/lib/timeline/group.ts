export interface Group<T> {
  key: string;
  items: T[];
}

/**
 * Groups consecutive items that share a key. On chronologically sorted items
 * with a year, month or day key this is the timeline's grouping, in one pass.
 */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

/** Keys of a `YYYY-MM-DD` day at each level of the timeline. */
export const yearOf = (date: string): string => date.slice(0, 4);
export const monthOf = (date: string): string => date.slice(0, 7);
export const dayOf = (date: string): string => date.slice(0, 10);

/** The periods a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period is part of, widest first, ending with itself. */
export function periodTrail(period: string): string[] {
  return [...new Set([yearOf(period), monthOf(period), dayOf(period)])];
}

interface PeriodGroup<T> extends Group<T> {
  /** Articles in the whole period, those on other pages of its listing included. */
  total: number;
}

/**
 * Groups sorted items by period, as groupRuns does, each with its period's
 * count in `counts` (periodCounts), or the number of its items where
 * `counts` has none.
 */
export function periodGroups<T>(
  sorted: readonly T[],
  periodOf: (item: T) => string,
  counts: ReadonlyMap<string, number>,
): PeriodGroup<T>[] {
  return groupRuns(sorted, periodOf).map((group) => ({
    ...group,
    total: counts.get(group.key) ?? group.items.length,
  }));
}

/** How many days fall in each year, month and day, keyed by `yearOf`, `monthOf` and `dayOf`. */
export function periodCounts(dates: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) {
    for (const key of [yearOf(date), monthOf(date), dayOf(date)])
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The periods one level below `parent` ('' for years, `YYYY` for its months,
 * `YYYY-MM` for its days) with their counts, in the order of `counts`.
 */
export function childPeriods(
  counts: ReadonlyMap<string, number>,
  parent: string,
): Array<[period: string, count: number]> {
  const length = parent === '' ? 4 : parent.length + 3;
  return [...counts].filter(([key]) => key.length === length && key.startsWith(parent));
}

/** The counts of `period` and of the periods within it, in the order of `counts`: all a page of that period shows of them. */
export function countsWithin(
  counts: ReadonlyMap<string, number>,
  period: string,
): Map<string, number> {
  return new Map([...counts].filter(([key]) => key.startsWith(period)));
}

/** The counts of the periods `keys`, those that have one. */
export function countsOf(
  counts: ReadonlyMap<string, number>,
  keys: Iterable<string>,
): Map<string, number> {
  const found = new Map<string, number>();
  for (const key of keys) {
    const count = counts.get(key);
    if (count !== undefined) found.set(key, count);
  }
  return found;
}
