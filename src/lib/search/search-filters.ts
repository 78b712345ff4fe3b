import { monthOf, yearOf } from '../timeline/group.ts';

/** Pagefind filters of every article, keyed by filter name. */
export function searchFilters(date: string): Record<string, string> {
  return { year: yearOf(date), month: monthOf(date) };
}

/** Article counts per filter value: `{ year: { '2025': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;
