import type { Browser, Page } from 'playwright-core';

export interface SearchTiming {
  query: string;
  /** Bytes of Pagefind's UI loaded with the search page (bodies and headers, as the server sent them). */
  uiBytes: number;
  /**
   * Bytes fetched from /pagefind/ for the first query, from opening the page
   * to the first result, whether fetched ahead (the page preloads the engine
   * and index metadata) or for the query: everything but the UI script.
   */
  coldBytes: number;
  /** Milliseconds from typing the query to its first result, including the input's debounce. */
  coldMs: number;
  /** Milliseconds from the search starting (after the debounce) to its first result. */
  coldSearchMs: number;
  /** The same, for the query typed again into the same page after a different one. */
  warmMs: number;
  warmSearchMs: number;
}

/** Times searches in headless Chromium on a site served at `origin`. */
export async function measureSearch(
  browser: Browser,
  origin: string,
  queries: string[],
): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let uiBytes = 0;
    page.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes().catch(() => undefined);
      const size = (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0);
      if (/pagefind-component-ui\.(js|css)$/u.test(request.url())) uiBytes += size;
      else bytes += size;
    });
    await page.goto(`${origin}/search/`);
    // Typing starts once the page's search is ready, as a reader's would.
    await page.locator('pagefind-input input').waitFor({ state: 'visible' });
    const cold = await timeQuery(page, query);
    const coldBytes = bytes;
    await timeQuery(page, queries.find((q) => q !== query) ?? `${query}s`);
    const warm = await timeQuery(page, query);
    timings.push({
      query,
      uiBytes,
      coldBytes,
      coldMs: cold.typed,
      coldSearchMs: cold.searched,
      warmMs: warm.typed,
      warmSearchMs: warm.searched,
    });
    await context.close();
  }
  return timings;
}

/**
 * Milliseconds from typing the query to its first result in the DOM, and from
 * the search starting (after the input's debounce) to that result. Timed in
 * the page: Playwright's own waiting polls too coarsely for this.
 */
async function timeQuery(page: Page, query: string): Promise<{ typed: number; searched: number }> {
  const input = page.locator('pagefind-input input');
  await input.fill('');
  // The previous query's results go once the emptied input's search has run.
  await page.locator('pagefind-results .result').first().waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const state = { typed: performance.now(), searched: 0, shown: 0 };
    Object.assign(window, { benchState: state });
    const list = document.querySelector('pagefind-results')!;
    const observer = new MutationObserver(() => {
      if (!state.shown && list.querySelector('.result')) {
        state.shown = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(list, { childList: true, subtree: true });
    const components = (
      window as unknown as {
        PagefindComponents: {
          getInstanceManager(): {
            getInstance(name: string): { on(event: string, cb: () => void): void };
          };
        };
      }
    ).PagefindComponents;
    components
      .getInstanceManager()
      .getInstance('default')
      .on('search', () => {
        state.searched ||= performance.now();
      });
  });
  await page.evaluate(() =>
    Object.assign((window as unknown as { benchState: { typed: number } }).benchState, {
      typed: performance.now(),
    }),
  );
  await input.fill(query);
  await page
    .locator('pagefind-results .result')
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 });
  return page.evaluate(() => {
    const { typed, searched, shown } = (
      window as unknown as { benchState: { typed: number; searched: number; shown: number } }
    ).benchState;
    return { typed: Math.round(shown - typed), searched: Math.round(shown - searched) };
  });
}
