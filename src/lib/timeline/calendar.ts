import { monthDays, utcDate } from '../dates.ts';
import { barSteps } from './bars.ts';

interface CalendarDay {
  /** `YYYY-MM-DD` */
  day: string;
  /** Articles that day. */
  count: number;
  /** The width of its bar, in steps of BAR_STEPS, beside the month's busiest day (barSteps). */
  step: number;
}

/** Seven cells, Monday first; `undefined` is a cell before the first or after the last day of the month. */
export type CalendarWeek = (CalendarDay | undefined)[];

/**
 * Weekdays in column order, each with the abbreviation its column heading
 * shows. Monday first, as ISO 8601 weeks and the calendars of the site's
 * locale (en-GB, src/lib/dates.ts) have it.
 */
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
].map((name) => ({ name, short: name.slice(0, 3) }));

/**
 * The weeks of a `YYYY-MM` month as rows of a calendar, each day with its
 * count in `counts` (keyed `YYYY-MM-DD`) and a bar sized by it, so the
 * calendar shows the month's shape.
 */
export function monthCalendar(month: string, counts: ReadonlyMap<string, number>): CalendarWeek[] {
  // getUTCDay() counts from Sunday; shift it so Monday is column 0.
  const leading = (utcDate(`${month}-01`).getUTCDay() + 6) % 7;
  const cells: CalendarWeek = Array.from({ length: leading }, () => undefined);
  const days = monthDays(month).map((day) => ({ day, count: counts.get(day) ?? 0 }));
  const steps = barSteps(days.map(({ count }) => count));
  cells.push(...days.map((day, index) => ({ ...day, step: steps[index]! })));
  while (cells.length % 7 !== 0) cells.push(undefined);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
