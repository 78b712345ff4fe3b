import { daysInMonth, formatDate, ISO_DAY } from '../dates.ts';
import { STORY_FILTER } from '../stories/story-filters.ts';

/** The search page's orders: relevance, newest first, oldest first. */
export type Order = '' | 'asc' | 'desc';
const ORDERS: readonly Order[] = ['', 'asc', 'desc'];

/** Days, inclusive, as `YYYY-MM-DD`: the argument of the engine's setDateRange. An absent end is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** A range of days as the page keeps it: '' for an open end. */
interface Dates {
  from: string;
  to: string;
}

/** What the search page's address holds: `?q=…&sort=…&story=…&from=…&to=…`. */
export interface SearchState extends Dates {
  q: string;
  sort: Order;
  story: string;
}

/** A real calendar day written `YYYY-MM-DD`, as a date input gives it. */
export function isDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return Number(match[1]) > 0 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * The range to search from a start and an end typed or read from the
 * address, and a sentence for each value left out: one that is not a day,
 * or an end before the start. The rest of the range still applies.
 */
export function checkDateRange(from: string, to: string): { dates: Dates; notes: string[] } {
  const notes: string[] = [];
  const day = (value: string, name: string) => {
    if (value === '' || isDay(value)) return value;
    notes.push(
      `“${value}” is not a valid ${name} date (a day written YYYY-MM-DD), so it is ignored.`,
    );
    return '';
  };
  const start = day(from, 'start');
  let end = day(to, 'end');
  if (start && end && end < start) {
    notes.push(
      `The end date, ${formatDate(end)}, is before the start date, ${formatDate(start)}, so it is ignored.`,
    );
    end = '';
  }
  return { dates: { from: start, to: end }, notes };
}

/** The engine's range for the page's dates. */
export function dateRange({ from, to }: Dates): DateRange {
  return { ...(from && { from }), ...(to && { to }) };
}

/** The page's state from its address, with a note for each date left out. */
export function readSearchUrl(search: string): { state: SearchState; notes: string[] } {
  const params = new URLSearchParams(search);
  const { dates, notes } = checkDateRange(params.get('from') ?? '', params.get('to') ?? '');
  return {
    state: {
      q: params.get('q')?.trim() ?? '',
      sort: ORDERS.find((order) => order === params.get('sort')) ?? '',
      story: params.get(STORY_FILTER) ?? '',
      ...dates,
    },
    notes,
  };
}

/** The query string that brings the page back to `state`: '' when there is nothing to keep. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  if (state.story) params.set(STORY_FILTER, state.story);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params.size > 0 ? `?${params}` : '';
}

/** What the search is limited to, said under the summary: "Searching within the story “X”, from 1 March 1987 to 30 April 1987." */
export function scopeNote(state: SearchState): string {
  const dates = [
    state.from && `from ${formatDate(state.from)}`,
    state.to && `${state.from ? 'to' : 'up to'} ${formatDate(state.to)}`,
  ].filter(Boolean);
  const parts = [state.story && `within the story “${state.story}”`, dates.join(' ')].filter(
    Boolean,
  );
  return parts.length > 0 ? `Searching ${parts.join(', ')}.` : '';
}
