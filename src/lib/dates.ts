/** Calendar days are `YYYY-MM-DD` strings everywhere: no time, no time zone. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: string;
  month: string;
  day: string;
}

export function dayParts(isoDay: string): DayParts {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new RangeError(`not a YYYY-MM-DD day: ${isoDay}`);
  return { year: match[1]!, month: match[2]!, day: match[3]! };
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Every day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
export function monthDays(month: string): string[] {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return Array.from(
    { length: daysInMonth(year, monthNumber) },
    (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`,
  );
}

/**
 * Midnight UTC of a day. Built with setUTCFullYear because Date.UTC maps
 * years 0–99 to 1900–1999, and archives hold dates that old.
 */
export function utcDate(isoDay: string): Date {
  const { year, month, day } = dayParts(isoDay);
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  return date;
}

const LOCALE = 'en-GB';
const formats = {
  day: new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  weekday: new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  month: new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' }),
  year: new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', year: 'numeric' }),
  /** The month alone, for the bars of a year's months. */
  monthOfYear: new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long' }),
  /** The day of the month alone, for a calendar's cells. */
  dayOfMonth: new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: 'numeric' }),
} as const;

export type DateStyle = keyof typeof formats;

/** The style that names a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period. */
export function periodStyle(period: string): DateStyle {
  return period.length === 4 ? 'year' : period.length === 7 ? 'month' : 'day';
}

/**
 * Each date already formatted, by style and value: a build formats the same
 * few thousand days on every page that lists them, and ICU's formatting is
 * far slower than a lookup.
 */
const formatted = new Map<string, string>();

/** Human-readable form of a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` value, in UTC. */
export function formatDate(value: string, style: DateStyle = periodStyle(value)): string {
  const key = `${style} ${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const [year, month = '01', day = '01'] = value.split('-');
    text = formats[style].format(utcDate(`${year}-${month}-${day}`));
    formatted.set(key, text);
  }
  return text;
}
