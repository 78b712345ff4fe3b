import { matchPeriods } from '../lib/search/match-periods.ts';
import { searchQuery, type SearchState } from '../lib/search/search-url.ts';
import { formatCount } from '../lib/text.ts';

/**
 * Fills the search page's "where in time" list from a search's year and
 * month counts: each year (or month, when all matches are in one year) with
 * its count, a link to the same search within that period. Plain links, so
 * each narrowing is a step the browser's Back button undoes.
 */
export function showMatchPeriods(
  nav: HTMLElement,
  filters: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined,
  state: SearchState,
): void {
  const { unit, periods } = matchPeriods(filters ?? {});
  const title = nav.querySelector('.search__when-title');
  const list = nav.querySelector('ol');
  nav.hidden = !state.q || periods.length === 0;
  if (!title || !list) return;
  title.textContent = `Matches by ${unit}`;
  list.replaceChildren(
    ...periods.map((period) => {
      const link = Object.assign(document.createElement('a'), {
        href: `${location.pathname}${searchQuery({ ...state, from: period.from, to: period.to })}`,
      });
      const time = Object.assign(document.createElement('time'), {
        dateTime: period.period,
        textContent: period.label,
      });
      const count = Object.assign(document.createElement('span'), {
        className: 'search__when-count',
        textContent: formatCount(period.count),
      });
      link.append(time, ' ', count);
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
}
