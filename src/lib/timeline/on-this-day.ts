import { groupRuns, type Group } from './group.ts';

/**
 * Articles by calendar day across years: for each `MM-DD`, its days
 * (`YYYY-MM-DD`) that have articles, oldest first, each with its articles.
 */
export type MonthDayIndex<T> = ReadonlyMap<string, readonly Group<T>[]>;

const monthDayOf = (date: string): string => date.slice(5, 10);

/** Indexes chronologically sorted items by month and day, in one pass, so each page's lookup is cheap. */
export function indexByMonthDay<T>(
  sorted: readonly T[],
  dateOf: (item: T) => string,
): MonthDayIndex<T> {
  const index = new Map<string, Group<T>[]>();
  for (const day of groupRuns(sorted, dateOf)) {
    const days = index.get(monthDayOf(day.key));
    if (days) days.push(day);
    else index.set(monthDayOf(day.key), [day]);
  }
  return index;
}

export interface OnThisDay<T> {
  /** At most `limit` articles from the same month and day in other years, nearest years first. */
  items: T[];
  /**
   * The other years' days holding articles beyond `items`, nearest years
   * first, each with its number of articles: a page links to them by their
   * counts, so an edit of an article there does not change it.
   */
  more: { key: string; count: number }[];
}

/**
 * Articles of the same month and day as `date` (`YYYY-MM-DD`) in other years.
 * Nearest years first, earlier before later at the same distance: with a cap,
 * the years closest to an article are the likeliest to follow it up or lead
 * up to it. Walks outwards from `date`, so a page costs the years it shows, not
 * the archive.
 */
export function onThisDay<T>(index: MonthDayIndex<T>, date: string, limit = 5): OnThisDay<T> {
  const days = index.get(monthDayOf(date)) ?? [];
  const year = Number(date.slice(0, 4));
  const distance = (day: Group<T> | undefined) =>
    day ? Math.abs(Number(day.key.slice(0, 4)) - year) : Infinity;
  let later = days.findIndex((day) => day.key >= date);
  let earlier = later === -1 ? days.length - 1 : later - 1;
  if (later === -1) later = days.length;
  else if (days[later]!.key === date) later++;

  const result: OnThisDay<T> = { items: [], more: [] };
  while (earlier >= 0 || later < days.length) {
    const day =
      distance(days[earlier]) <= distance(days[later]) ? days[earlier--]! : days[later++]!;
    const room = limit - result.items.length;
    result.items.push(...day.items.slice(0, room));
    if (day.items.length > room) result.more.push({ key: day.key, count: day.items.length });
  }
  return result;
}
