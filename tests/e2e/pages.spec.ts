import { SEARCH_PATH } from '../../src/lib/urls.ts';
import { expect, htmlFiles, sitePath, test } from './fixtures.ts';

test('every built page loads without a console error', async ({ page }) => {
  const pages = htmlFiles(new URL('../../dist/', import.meta.url)).map(sitePath);
  expect(pages.length).toBeGreaterThanOrEqual(9);
  // Entity pages made the seed archive some forty pages.
  test.setTimeout(pages.length * 3_000);
  for (const path of pages) {
    // Past the load event, which goto waits for, every page's scripts have run;
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
    // the search page's then start Pagefind's UI, which draws its input.
    if (path === SEARCH_PATH) await expect(page.locator('pagefind-input input')).toBeVisible();
  }
});
