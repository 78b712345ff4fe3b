import type { Page } from '@playwright/test';
import { expect, requestsTo, SEEDS, test } from './fixtures.ts';

/** What the tests use of Pagefind's Component UI in the page: its default instance. */
interface ComponentsWindow {
  PagefindComponents: {
    getInstanceManager(): {
      getInstance(name: string): {
        on(event: string, callback: () => void): void;
        triggerSearch(term: string): void;
      };
    };
  };
}

const results = (page: Page) => page.locator('pagefind-results .result');

async function search(page: Page, term: string) {
  await page.goto('/search/');
  await page.locator('pagefind-input input').fill(term);
}

test.describe('search', () => {
  test('"Dmitriev" finds both articles', async ({ page }) => {
    await search(page, 'Dmitriev');
    await expect(results(page)).toHaveCount(2);
    await expect(page.locator('pagefind-summary')).toContainText('2 results');
  });

  test('"Wicker" finds only the 2025-11-22 article, with its date and a highlighted excerpt', async ({
    page,
  }) => {
    await search(page, 'Wicker');
    await expect(results(page)).toHaveCount(1);
    const result = results(page).first();
    await expect(result.locator('.result__title')).toContainText(SEEDS.nov22.headlineStart);
    await expect(result.locator('time')).toHaveAttribute('datetime', SEEDS.nov22.date);
    await expect(result.locator('time')).toHaveText('22 November 2025');
    await expect(result.locator('.result__excerpt mark')).toHaveText([/^Wicker/u]);
  });

  test('fetches a typed query’s words while the box waits to search, and the first results’ excerpts with the search', async ({
    page,
  }) => {
    await page.goto('/search/');
    await page.locator('[data-search-fallback]').waitFor({ state: 'detached' });
    // When the Component UI starts the search and hands out its results, against when each file was asked for.
    const events = page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve) => {
          const instance = (
            window as unknown as ComponentsWindow
          ).PagefindComponents.getInstanceManager().getInstance('default');
          const times: Record<string, number> = {};
          instance.on('search', () => (times['search'] ??= performance.now()));
          instance.on('results', () => {
            times['results'] ??= performance.now();
            resolve(times);
          });
        }),
    );
    await page.locator('pagefind-input input').fill('Dmitriev');
    const { search: searched, results: ranked } = await events;
    await expect(results(page)).toHaveCount(2);
    const requested = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(({ name }) => name.includes('/pagefind/archive/'))
        .map(({ name, startTime }) => ({ file: name.split('/pagefind/archive/')[1]!, startTime })),
    );
    const terms = requested.filter(({ file }) => file.startsWith('terms/'));
    const fragments = requested.filter(({ file }) => file.startsWith('fragment/'));
    expect(terms.length).toBeGreaterThan(0);
    for (const { startTime } of terms) expect(startTime).toBeLessThan(searched!);
    expect(fragments).toHaveLength(2);
    for (const { startTime } of fragments) expect(startTime).toBeLessThan(ranked!);
  });

  test('searches a specific query ahead while the box waits to search, and the box’s search shows it', async ({
    page,
  }) => {
    await page.goto('/search/');
    await page.locator('[data-search-fallback]').waitFor({ state: 'detached' });
    // The box never searches by itself here: a result's excerpt can only be fetched by the search ahead.
    await page.locator('pagefind-input').evaluate((box) => box.setAttribute('debounce', '600000'));
    const fragments = requestsTo(page, '/pagefind/archive/fragment/');
    const fetchedAhead = page.waitForRequest(/\/pagefind\/archive\/fragment\//u);
    // Two letters are too few to search ahead: the reader has not finished typing.
    await page.locator('pagefind-input input').fill('Wi');
    await page.locator('pagefind-input input').fill('Wicker');
    await fetchedAhead;
    await expect(results(page)).toHaveCount(0);
    await page.evaluate(() =>
      (window as unknown as ComponentsWindow).PagefindComponents.getInstanceManager()
        .getInstance('default')
        .triggerSearch('Wicker'),
    );
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first().locator('.result__excerpt mark')).toHaveText([/^Wicker/u]);
    expect(fragments).toHaveLength(1);
  });

  test('runs a search of the warm-up index before the page offers search, and none on a page opened with a query', async ({
    page,
  }) => {
    const warmUp = requestsTo(page, '/pagefind/archive/warm-up.pfa');
    await page.goto('/search/');
    await page.locator('[data-search-fallback]').waitFor({ state: 'detached' });
    expect(warmUp).toHaveLength(1);
    // Its invented pages are not the archive's: neither counted nor listed.
    await expect(page.locator('pagefind-summary')).toBeEmpty();
    await page.locator('pagefind-input input').fill('archive search');
    await expect(page.locator('pagefind-summary')).toContainText('No results');
    await page.locator('pagefind-input input').fill('Dmitriev');
    await expect(results(page)).toHaveCount(2);
    warmUp.length = 0;
    await page.goto('/search/?q=Wicker');
    await expect(results(page)).toHaveCount(1);
    expect(warmUp).toEqual([]);
  });

  test('a result leads to its article', async ({ page }) => {
    await search(page, 'Wicker');
    await results(page).first().getByRole('link').click();
    // With the search term for the article page to highlight (tests/e2e/highlight.spec.ts).
    await expect(page).toHaveURL(
      /^.*\/2025\/11\/22\/the-axios-website-revealed-[a-z0-9-]+\/\?pagefind-highlight=wicker$/u,
    );
    await expect(page.locator('article h1')).toContainText(SEEDS.nov22.headlineStart);
  });

  test('/search/?q=Wicker runs the query on load', async ({ page }) => {
    await page.goto('/search/?q=Wicker');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText(SEEDS.nov22.headlineStart);
    await expect(page.locator('pagefind-input input')).toHaveValue('Wicker');
  });

  test('the header search box submits to the search page as a plain form', async ({ page }) => {
    await page.goto('/2025/');
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Wicker');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search/?q=Wicker');
    await expect(results(page)).toHaveCount(1);
  });

  test('the header form works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Dmitriev');
    await page.getByRole('searchbox', { name: 'Search the archive' }).press('Enter');
    await expect(page).toHaveURL('/search/?q=Dmitriev');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await context.close();
  });

  test('sorts by newest or oldest, and keeps the order in the URL', async ({ page }) => {
    await page.goto('/search/?q=Dmitriev');
    await expect(results(page)).toHaveCount(2);
    const sort = page.getByLabel('Sort by');
    await sort.selectOption('asc');
    await expect(results(page).locator('time')).toHaveText([
      '19 November 2025',
      '22 November 2025',
    ]);
    await expect(page).toHaveURL('/search/?q=Dmitriev&sort=asc');
    await sort.selectOption('desc');
    await expect(results(page).locator('time')).toHaveText([
      '22 November 2025',
      '19 November 2025',
    ]);
    await page.reload();
    await expect(sort).toHaveValue('desc');
    await expect(results(page).locator('time')).toHaveText([
      '22 November 2025',
      '19 November 2025',
    ]);
  });

  test('offers year and month filters, the months named in full', async ({ page }) => {
    await page.goto('/search/?q=Dmitriev');
    await expect(results(page)).toHaveCount(2);
    const filters = page.locator('pagefind-filter-pane');
    await expect(filters).toContainText(/year/iu);
    await expect(filters).toContainText(/month/iu);
    await expect(filters.locator('input[name="month"][value="2025-11"]')).toBeAttached();
    await expect(filters).toContainText('November 2025');
    await expect(filters).not.toContainText('2025-11');
  });

  test('says in which months the matches lie, each a link that narrows the search to it', async ({
    page,
  }) => {
    await page.goto('/search/?q=Dmitriev');
    await expect(results(page)).toHaveCount(2);
    const months = page.getByRole('navigation', { name: 'Matches by month' });
    await expect(months.getByRole('link')).toHaveText(['November 2025 2']);
    await expect(months.getByRole('link')).toHaveAttribute(
      'href',
      '/search/?q=Dmitriev&from=2025-11-01&to=2025-11-30',
    );
  });

  test('indexes articles only, not the timeline or site chrome', async ({ page }) => {
    // Words of the page chrome ("Skip to content", "Browse by year") that no
    // article holds, even in part: Pagefind matches word prefixes.
    for (const term of ['Skip', 'Browse']) {
      await search(page, term);
      await expect(page.locator('pagefind-summary')).toContainText(/No results/iu);
    }
  });
});
