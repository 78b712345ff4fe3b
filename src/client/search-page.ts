/**
 * Starts Pagefind's Component UI on the search page and ties it to the URL:
 * `?q=` runs a query on load, and the query and sort order typed on the page
 * are written back, so a search can be shared or bookmarked; `?story=`
 * searches within one story (its page links here so). The index is
 * sharded by date (src/client/sharded-pagefind.ts): the page says which
 * period the results come from, and its "more" button reaches further back
 * once the results found so far are all shown.
 */
import { formatDate } from '../lib/dates.ts';
import { coverageNote } from '../lib/search/coverage-note.ts';
import type { Coverage } from '../lib/search/sharded-search.ts';
import { STORY_FILTER } from '../lib/stories/story-filters.ts';
import type { ShardedPagefind } from './sharded-pagefind.ts';

interface PagefindInstance {
  searchTerm: string;
  /**
   * Not a documented API: Pagefind 1.6 reads it on every search, and offers
   * no sort control of its own. The dependency is pinned to 1.6.0, and the
   * end-to-end tests check the order, so an upgrade that changes it fails.
   */
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerSearch(term: string): void;
  triggerFilter(filter: string, values: string[]): void;
  setTranslations(translations: Record<string, string>): void;
  on(event: 'search', callback: (term: string, filters?: Record<string, string[]>) => void): void;
  on(event: 'translations', callback: () => void): void;
  on(
    event: 'results',
    callback: (response: { results: unknown[]; coverage?: Coverage }) => void,
  ): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

type Order = '' | 'asc' | 'desc';
const ORDERS: readonly Order[] = ['', 'asc', 'desc'];

/**
 * Results shown at first and added by "Show more results". Rendering every
 * match of a common word at once (thousands of list items) keeps the reader
 * waiting; a page of them appears as soon as the search ends.
 */
const RESULTS_STEP = 10;

/** The result count, with the query set apart by quotes: "12 results for “peace plan”". */
const SUMMARY = {
  zero_results: 'No results for “[SEARCH_TERM]”',
  one_result: '[COUNT] result for “[SEARCH_TERM]”',
  many_results: '[COUNT] results for “[SEARCH_TERM]”',
};

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.search');
  const sort = document.getElementById('search.sort');
  const more = document.getElementById('search.more');
  const coverage = document.getElementById('search.coverage');
  const scope = document.getElementById('search.scope');
  const results = root?.querySelector('pagefind-results');
  if (
    !root ||
    !results ||
    !coverage ||
    !scope ||
    !(sort instanceof HTMLSelectElement) ||
    !(more instanceof HTMLButtonElement)
  )
    return;
  let shown = RESULTS_STEP;
  let found = 0;
  let complete = true;
  results.setAttribute('max-results', String(shown));

  const params = new URLSearchParams(location.search);
  const order = ORDERS.find((o) => o === params.get('sort')) ?? '';
  sort.value = order;
  let story = params.get(STORY_FILTER) ?? '';

  // A URL computed beforehand: Vite wraps an import() of a template literal in its preload helper, a kilobyte this page does not need.
  const engineUrl = `${root.dataset['bundle']}pagefind.js`;
  const [engine] = await Promise.all([
    import(/* @vite-ignore */ engineUrl) as Promise<ShardedPagefind>,
    loadScript(`${root.dataset['bundle']}pagefind-component-ui.js`),
  ]);
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) throw new Error('Pagefind Component UI did not start');
  // Pagefind's summary counts the results of the shards searched so far; the coverage line under it says which.
  instance.setTranslations(SUMMARY);
  // The "/" key focuses Pagefind's box (src/client/search-key.ts); Pagefind draws it anew when its translations load.
  const markShortcut = () =>
    root.querySelector('pagefind-input input')?.setAttribute('aria-keyshortcuts', '/');
  instance.on('translations', markShortcut);
  markShortcut();

  const applyOrder = (value: Order) => {
    instance.searchSort = value ? { date: value } : {};
  };
  applyOrder(order);
  const showScope = () => {
    scope.hidden = story === '';
    scope.textContent = story && `Searching within the story “${story}”.`;
  };
  if (story) instance.triggerFilter(STORY_FILTER, [story]);
  showScope();
  let lastTerm = '';
  instance.on('search', (term, filters) => {
    // The filter pane can take the story off, or put another on.
    if (filters) story = filters[STORY_FILTER]?.length === 1 ? filters[STORY_FILTER][0]! : '';
    showScope();
    writeUrl(term, sort.value, story);
    if (term === lastTerm) return;
    lastTerm = term;
    shown = RESULTS_STEP;
    results.setAttribute('max-results', String(shown));
  });
  instance.on('results', (response) => {
    found = response.results.length;
    complete = response.coverage?.complete ?? true;
    showCoverage(coverage, instance.searchTerm ? response.coverage : undefined);
    more.hidden = found <= shown && complete;
    more.textContent =
      found > shown
        ? 'Show more results'
        : sort.value === 'asc'
          ? 'Search later articles'
          : 'Search older articles';
  });
  // The results list renders only on a search, so showing more runs the same search again.
  more.addEventListener('click', () => {
    if (found <= shown && !complete) engine.searchOlder();
    shown = Math.min(shown, found) + RESULTS_STEP;
    results.setAttribute('max-results', String(shown));
    instance.triggerSearch(instance.searchTerm);
  });
  sort.addEventListener('change', () => {
    applyOrder(sort.value as Order);
    writeUrl(instance.searchTerm, sort.value, story);
    if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });

  const query = params.get('q')?.trim();
  if (query) instance.triggerSearch(query);
  document.querySelector('[data-search-fallback]')?.remove();
}

/** Says which period the results come from while part of the archive is still unsearched. */
function showCoverage(line: HTMLElement, coverage: Coverage | undefined): void {
  line.hidden = !coverage || coverage.complete;
  if (!coverage || coverage.complete) return line.replaceChildren();
  const time = (date: string) =>
    Object.assign(document.createElement('time'), {
      dateTime: date,
      textContent: formatDate(date),
    });
  line.replaceChildren(
    ...coverageNote(coverage).map((part) => (typeof part === 'string' ? part : time(part.date))),
  );
}

function writeUrl(term: string, order: string, story: string): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  if (order) params.set('sort', order);
  if (story) params.set(STORY_FILTER, story);
  const search = params.size > 0 ? `?${params}` : '';
  history.replaceState(null, '', `${location.pathname}${search}`);
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
