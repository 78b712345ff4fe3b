/**
 * Starts Pagefind's Component UI on the search page and ties it to the URL:
 * `?q=` runs a query on load, and the query, sort order and dates typed on
 * the page are written back, so a search can be shared or bookmarked;
 * `?story=` searches within one story (its page links here so), and
 * `?from=` and `?to=` within a range of days. Under the result count, the
 * years (or months) the matches fall in link to the same search narrowed to
 * each, and a search with few results offers the archive's nearest words
 * ("Did you mean Bundesbank?").
 */
import {
  checkDateRange,
  dateRange,
  readSearchUrl,
  scopeNote,
  searchQuery,
  type DateRange,
  type Order,
} from '../lib/search/search-url.ts';
import { STORY_FILTER } from '../lib/stories/story-filters.ts';
import { showMatchPeriods } from './match-histogram.ts';
import { labelMonths } from './month-labels.ts';

/** Filter counts as Pagefind's search() returns them: value -> matching pages, by filter name. */
type FilterCounts = Record<string, Record<string, number>>;

/** What the page uses of `/pagefind/pagefind.js` beyond Pagefind's own API. */
interface ArchiveEngine {
  /** Limits the next searches to a range of days (the archive's engine; absent from Pagefind's own). */
  setDateRange?(range: DateRange): void;
  /** How many results the next searches rank exactly: those shown. */
  setRankDepth?(depth: number): void;
  /** Fetches the fragments of each search's first results before the list asks for them (the archive's engine). */
  setFetchAhead?(count: number): void;
  /** The filters besides year and month whose values the next searches count (the archive's engine; Pagefind's counts all). */
  setCountedFilters?(names: readonly string[]): void;
  /** Pagefind's documented preload: fetches what a search of the term will need. */
  preload?(term: string): Promise<void>;
  /** Preloads the term and, if it is specific, searches it for the UI's next search (the archive's engine). */
  searchAhead?(
    term: string,
    options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): void;
  /** Searches an index of invented pages until `signal` aborts, so that the reader’s first query runs warm (the archive’s engine). */
  warmUp?(signal?: AbortSignal): Promise<void>;
  /** The query with its misspelt words corrected, if any is (the archive's engine; absent from Pagefind's own). */
  suggest?(term: string): Promise<string | undefined>;
}

interface PagefindInstance {
  searchTerm: string;
  /**
   * Not a documented API: Pagefind 1.6 reads it on every search, and offers
   * no sort control of its own. The dependency is pinned to 1.6.0, and the
   * end-to-end tests check the order, so an upgrade that changes it fails.
   */
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerFilter(filter: string, values: string[]): void;
  setTranslations(translations: Record<string, string>): void;
  on(event: 'search', callback: (term: string, filters?: Record<string, string[]>) => void): void;
  on(event: 'translations', callback: () => void): void;
  on(
    event: 'results',
    callback: (response: { results: unknown[]; filters?: FilterCounts }) => void,
  ): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/** Filters the engine counts over every search's matches whatever the page asks. */
const PERIOD_FILTERS = new Set(['year', 'month']);

/**
 * Results shown at first and added by "Show more results". Rendering every
 * match of a common word at once (thousands of list items) keeps the reader
 * waiting; a page of them appears as soon as the search ends.
 */
const RESULTS_STEP = 10;
/** About as many results as a screen shows when the list is first drawn: their fragments are fetched with the search. */
const FETCH_AHEAD = 3;

/** The result count, with the query set apart by quotes: "12 results for “peace plan”". */
const SUMMARY = {
  zero_results: 'No results for “[SEARCH_TERM]”',
  one_result: '[COUNT] result for “[SEARCH_TERM]”',
  many_results: '[COUNT] results for “[SEARCH_TERM]”',
};

const element = <T extends HTMLElement>(id: string, type: new () => T): T | undefined => {
  const found = document.getElementById(id);
  return found instanceof type ? found : undefined;
};

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.search');
  const results = root?.querySelector('pagefind-results');
  const pane = root?.querySelector('pagefind-filter-pane');
  const sort = element('search.sort', HTMLSelectElement);
  const more = element('search.more', HTMLButtonElement);
  const scope = element('search.scope', HTMLElement);
  const when = element('search.when', HTMLElement);
  const datesBox = element('search.dates', HTMLFieldSetElement);
  const from = element('search.from', HTMLInputElement);
  const to = element('search.to', HTMLInputElement);
  const datesNote = element('search.dates-note', HTMLElement);
  const suggestion = element('search.suggest', HTMLElement);
  const suggested = element('search.suggestion', HTMLAnchorElement);
  if (!root || !results || !pane || !sort || !more || !scope || !when) return;
  if (!datesBox || !from || !to || !datesNote || !suggestion || !suggested) return;
  let shown = RESULTS_STEP;
  let found = 0;
  /** Answers the UI has shown: a newer one replaces what an older one had yet to show. */
  let answers = 0;
  results.setAttribute('max-results', String(shown));
  labelMonths(pane);

  const { state, notes } = readSearchUrl(location.search);
  sort.value = state.sort;

  // A URL computed beforehand: Vite wraps an import() of a template literal in its preload helper, a kilobyte this page does not need.
  const engineUrl = `${root.dataset['bundle']}pagefind.js`;
  const [engine] = await Promise.all([
    import(/* @vite-ignore */ engineUrl) as Promise<ArchiveEngine>,
    loadScript(`${root.dataset['bundle']}pagefind-component-ui.js`),
  ]);
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) throw new Error('Pagefind Component UI did not start');
  instance.setTranslations(SUMMARY);
  engine.setFetchAhead?.(FETCH_AHEAD);
  // Set before the first query, so that a search ahead ranks as deep as the search it stands for.
  engine.setRankDepth?.(shown);
  // The "/" key focuses Pagefind's box (src/client/search-key.ts); Pagefind draws it anew when its translations load.
  const markShortcut = () =>
    root.querySelector('pagefind-input input')?.setAttribute('aria-keyshortcuts', '/');
  instance.on('translations', markShortcut);
  markShortcut();
  // Pagefind's box waits out its debounce before searching: the query's files load meanwhile, as Pagefind's Default UI
  // preloads, and the archive's engine searches a specific query meanwhile, with the filters of the search before.
  const typed = new AbortController();
  let filtered: Record<string, string[]> | undefined;
  root.addEventListener('input', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.closest('pagefind-input')) return;
    typed.abort();
    if (engine.searchAhead)
      engine.searchAhead(box.value, {
        ...(filtered && { filters: filtered }),
        sort: instance.searchSort,
      });
    else void engine.preload?.(box.value).catch(() => {});
  });

  const writeUrl = () =>
    history.replaceState(null, '', `${location.pathname}${searchQuery(state)}`);
  const showScope = () => {
    scope.textContent = scopeNote(state);
    scope.hidden = scope.textContent === '';
  };
  const applyOrder = (value: Order) => {
    instance.searchSort = value ? { date: value } : {};
  };
  applyOrder(state.sort);

  // An engine that cannot limit a search to dates keeps the inputs hidden, rather than ignore them.
  const limitsDates = typeof engine.setDateRange === 'function';
  const applyDates = (checked: ReturnType<typeof checkDateRange>) => {
    state.from = from.value = checked.dates.from;
    state.to = to.value = checked.dates.to;
    datesNote.textContent = checked.notes.join(' ');
    datesNote.hidden = checked.notes.length === 0;
    engine.setDateRange?.(dateRange(checked.dates));
  };
  datesBox.hidden = !limitsDates;
  applyDates(limitsDates ? { dates: state, notes } : checkDateRange('', ''));
  const datesChanged = () => {
    applyDates(checkDateRange(from.value, to.value));
    showScope();
    writeUrl();
    instance.triggerSearch(instance.searchTerm);
  };
  from.addEventListener('change', datesChanged);
  to.addEventListener('change', datesChanged);

  // The engine decides which words are weak (src/lib/search/archive-search/suggest-query.ts).
  const offerSuggestion = async (term: string) => {
    if (!engine.suggest || term === '') return;
    const better = await engine.suggest(term);
    // A newer search may have started while the archive's words loaded.
    if (!better || term !== instance.searchTerm) return;
    suggested.textContent = better;
    suggested.href = `${location.pathname}${searchQuery({ ...state, q: better })}`;
    suggestion.hidden = false;
  };
  suggested.addEventListener('click', (event) => {
    event.preventDefault();
    instance.triggerSearch(suggested.textContent);
  });

  if (state.story) instance.triggerFilter(STORY_FILTER, [state.story]);
  showScope();
  instance.on('search', (term, filters) => {
    filtered = filters;
    // The filter pane can take the story off, or put another on.
    if (filters) state.story = filters[STORY_FILTER]?.length === 1 ? filters[STORY_FILTER][0]! : '';
    showScope();
    if (term !== state.q) {
      shown = RESULTS_STEP;
      results.setAttribute('max-results', String(shown));
      engine.setRankDepth?.(shown);
    }
    state.q = term;
    writeUrl();
    suggestion.hidden = true;
  });
  countOpenGroups(pane, engine, instance);
  instance.on('results', (response) => {
    found = response.results.length;
    more.hidden = found <= shown;
    const answer = ++answers;
    // The reader waits for the first results, which the list draws once they are on screen: these follow.
    whenIdle(() => {
      if (answer !== answers) return;
      showMatchPeriods(when, response.filters, state);
      void offerSuggestion(state.q);
    });
  });
  // The results list renders only on a search, so showing more runs the same search again.
  more.addEventListener('click', () => {
    shown = Math.min(shown, found) + RESULTS_STEP;
    results.setAttribute('max-results', String(shown));
    engine.setRankDepth?.(shown);
    instance.triggerSearch(instance.searchTerm);
  });
  sort.addEventListener('change', () => {
    state.sort = sort.value as Order;
    applyOrder(state.sort);
    writeUrl();
    if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });

  // Without a query, loading the index fills the filter pane with the whole archive's counts, while the
  // engine warms up until the reader types; a failed warm-up only leaves their first query to run cold.
  if (state.q) instance.triggerSearch(state.q);
  else await Promise.all([instance.triggerLoad(), engine.warmUp?.(typed.signal).catch(() => {})]);
  document.querySelector('[data-search-fallback]')?.remove();
}

/**
 * The pane's people, places, organisations and stories start closed, and a
 * query counts those of a group only once the reader opens it: counting a
 * group fetches its listed values' docs, a file that grows with the archive
 * (docs/search.md#filters). Until the search run again for it has counted
 * them, the group's counts, still the whole archive's, are hidden.
 */
function countOpenGroups(pane: Element, engine: ArchiveEngine, instance: PagefindInstance): void {
  if (!engine.setCountedFilters) return;
  const counted = new Set<string>();
  engine.setCountedFilters([]);
  pane.addEventListener(
    'toggle',
    (event) => {
      const group = event.target;
      if (!(group instanceof HTMLDetailsElement) || !group.open) return;
      // Pagefind 1.6's Component UI names each group so; the end-to-end tests check the counts it leads to.
      const name = group.dataset['filterName'];
      if (!name || counted.has(name) || PERIOD_FILTERS.has(name)) return;
      counted.add(name);
      engine.setCountedFilters?.([...counted]);
      if (!instance.searchTerm) return;
      group.setAttribute('aria-busy', 'true');
      instance.triggerSearch(instance.searchTerm);
    },
    // A details element's toggle event does not bubble.
    { capture: true },
  );
  instance.on('results', () => {
    for (const group of pane.querySelectorAll('[aria-busy]')) group.removeAttribute('aria-busy');
  });
}

/**
 * Runs `work` once the page is idle, within half a second: the Component UI
 * loads and draws a result only after a frame has shown it on screen, so
 * work queued at once would hold up the results. Safari has no idle
 * callbacks: there it runs after the tasks queued before it.
 */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work);
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
