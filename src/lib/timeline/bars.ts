import { formatDate } from '../dates.ts';
import { countLabel } from '../text.ts';
import { childPeriods } from './group.ts';

/**
 * How many widths a bar can take: its width is one of the stylesheet's
 * `.bar--1` … `.bar--20` classes, 5 % apart (src/styles/global.css says why).
 */
export const BAR_STEPS = 20;

export interface PeriodBar {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  count: number;
  /** The bar's width in steps of `BAR_STEPS`: 0 for no article, at least 1 for any. */
  step: number;
  /** What the bar's label shows: "1987", "March". */
  shown: string;
  /** What a screen reader reads for the bar: "March 1987: 1,204 articles". */
  name: string;
}

/**
 * Bar widths in steps of `steps`, in proportion to the largest count, which
 * fills the width. Any count above zero gets at least one step, so a day of
 * one article beside a day of 500 still shows as a bar, and the count beside
 * it says how small it is.
 */
export function barSteps(counts: readonly number[], steps = BAR_STEPS): number[] {
  const largest = counts.reduce((max, count) => Math.max(max, count), 0);
  return counts.map((count) =>
    count === 0 ? 0 : Math.max(1, Math.round((count / largest) * steps)),
  );
}

/**
 * The bars of the archive's years (`parent` '') or of a `YYYY` year's
 * months, from the archive's counts (periodCounts). A year shows all twelve
 * months, those without articles as empty bars, so gaps show; years are only
 * those with articles, because an archive may run from year 1 to 9999. A
 * month's days have their bars in its calendar (monthCalendar).
 */
export function periodBars(counts: ReadonlyMap<string, number>, parent: string): PeriodBar[] {
  const periods: Array<[string, number]> =
    parent === ''
      ? childPeriods(counts, '')
      : monthsOf(parent).map((period) => [period, counts.get(period) ?? 0]);
  const steps = barSteps(periods.map(([, count]) => count));
  return periods.map(([period, count], index) => ({
    period,
    count,
    step: steps[index]!,
    shown: formatDate(period, parent === '' ? 'year' : 'monthOfYear'),
    name: `${formatDate(period)}: ${countLabel(count, 'article')}`,
  }));
}

function monthsOf(year: string): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}
