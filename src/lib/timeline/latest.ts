import { dayOf } from './group.ts';

/** How many days with articles the home page shows. */
const LATEST_DAYS = 7;
/** How many of a day's articles the home page shows; the day's own page lists them all. */
const ARTICLES_PER_DAY = 10;

interface DayPreview<T> {
  /** `YYYY-MM-DD` */
  day: string;
  /** Articles that day, those left out included. */
  total: number;
  /** The day's first `perDay` articles, in archive order. */
  items: T[];
}

/** What the home page shows of the archive: its newest days, and where earlier ones go on. */
interface LatestDays<T> {
  /** Newest day first. */
  days: DayPreview<T>[];
  /** The newest day with articles that is not shown, if any. */
  earlierDay: string | undefined;
}

/**
 * The newest `days` days that have articles, each with its count and its
 * first `perDay` articles, so the home page holds at most `days × perDay`
 * articles whether a day has one article or 500. It reads the archive from
 * its end and stops there: its work grows with those days, not the archive.
 */
export function latestDays<T>(
  sorted: readonly T[],
  dateOf: (item: T) => string,
  { days = LATEST_DAYS, perDay = ARTICLES_PER_DAY } = {},
): LatestDays<T> {
  const dayAt = (index: number) => dayOf(dateOf(sorted[index]!));
  const shown: DayPreview<T>[] = [];
  let end = sorted.length;
  while (end > 0 && shown.length < days) {
    const day = dayAt(end - 1);
    let start = end - 1;
    while (start > 0 && dayAt(start - 1) === day) start--;
    shown.push({
      day,
      total: end - start,
      items: sorted.slice(start, Math.min(end, start + perDay)),
    });
    end = start;
  }
  return { days: shown, earlierDay: end > 0 ? dayAt(end - 1) : undefined };
}
