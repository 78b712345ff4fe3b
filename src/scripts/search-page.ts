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
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

type Order = '' | 'asc' | 'desc';
const ORDERS: readonly Order[] = ['', 'asc', 'desc'];

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.search');
  const sort = document.getElementById('search.sort');
  if (!root || !(sort instanceof HTMLSelectElement)) return;

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
  instance.on('search', (term) => writeUrl(term, sort.value));
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
