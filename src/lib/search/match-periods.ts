import { daysInMonth, formatDate } from '../dates.ts';

/** A year or month in which a query has matches, and the range that narrows the search to it. */
export interface MatchPeriod {
  /** `YYYY` or `YYYY-MM`. */
  period: string;
  /** "1987", "March 1987". */
  label: string;
  count: number;
  from: string;
  to: string;
}

/**
 * Where in time a query's matches lie, from its `year` and `month` filter
 * counts: by year, or by month when every match is in one year. Periods
 * without a match are left out; the list is in date order.
 */
export function matchPeriods(filters: Readonly<Record<string, Readonly<Record<string, number>>>>): {
  unit: 'year' | 'month';
  periods: MatchPeriod[];
} {
  const found = (name: string) =>
    Object.entries(filters[name] ?? {})
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1));
  const years = found('year');
  const months = found('month').filter(([month]) => years[0] && month.startsWith(years[0][0]));
  const byMonth = years.length === 1 && months.length > 0;
  return {
    unit: byMonth ? 'month' : 'year',
    periods: (byMonth ? months : years).map(([period, count]) => ({
      period,
      label: formatDate(period),
      count,
      ...periodRange(period),
    })),
  };
}

/** The first and last day of a `YYYY` or `YYYY-MM` period. */
function periodRange(period: string): { from: string; to: string } {
  const [year, month] = period.split('-');
  if (!month) return { from: `${year}-01-01`, to: `${year}-12-31` };
  return {
    from: `${period}-01`,
    to: `${period}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`,
  };
}
