/**
 * Starts Pagefind's Component UI on the search page and ties it to the URL:
 * `?q=` runs a query on load, and the query and sort order typed on the page
 * are written back, so a search can be shared or bookmarked.
 */

interface PagefindInstance {
  searchTerm: string;
  /**
   * Not a documented API: Pagefind 1.6 reads it on every search, and offers
   * no sort control of its own. The dependency is pinned to 1.6.0, and the
   * end-to-end tests check the order, so an upgrade that changes it fails.
   */
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'results', callback: (response: { results: unknown[] }) => void): void;
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
 * match of a common word at once (thousands of list items) takes seconds;
 * a page of them appears as soon as the search ends.
 */
const RESULTS_STEP = 10;

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.search');
  const sort = document.getElementById('search.sort');
  const more = document.getElementById('search.more');
  const results = root?.querySelector('pagefind-results');
  if (!root || !results || !(sort instanceof HTMLSelectElement) || !(more instanceof HTMLButtonElement)) return;
  let shown = RESULTS_STEP;
  results.setAttribute('max-results', String(shown));

  const params = new URLSearchParams(location.search);
  const order = ORDERS.find((o) => o === params.get('sort')) ?? '';
  sort.value = order;

  await loadScript(`${root.dataset['bundle']}pagefind-component-ui.js`);
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) throw new Error('Pagefind Component UI did not start');

  const applyOrder = (value: Order) => {
    instance.searchSort = value ? { date: value } : {};
  };
  applyOrder(order);
  let lastTerm = '';
  instance.on('search', (term) => {
    writeUrl(term, sort.value);
    if (term === lastTerm) return;
    lastTerm = term;
    shown = RESULTS_STEP;
    results.setAttribute('max-results', String(shown));
  });
  instance.on('results', ({ results: found }) => {
    more.hidden = found.length <= shown;
  });
  // The results list renders only on a search, so showing more runs the same search again.
  more.addEventListener('click', () => {
    shown += RESULTS_STEP;
    results.setAttribute('max-results', String(shown));
    instance.triggerSearch(instance.searchTerm);
  });
  sort.addEventListener('change', () => {
    applyOrder(sort.value as Order);
    writeUrl(instance.searchTerm, sort.value);
    if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });

  const query = params.get('q')?.trim();
  if (query) instance.triggerSearch(query);
  document.querySelector('[data-search-fallback]')?.remove();
}

function writeUrl(term: string, order: string): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  if (order) params.set('sort', order);
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
