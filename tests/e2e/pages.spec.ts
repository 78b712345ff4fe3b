import { expect, htmlFiles, sitePath, test } from './fixtures.ts';

test('every built page loads without a console error', async ({ page }) => {
  const pages = htmlFiles(new URL('../../dist/', import.meta.url)).map(sitePath);
  expect(pages.length).toBeGreaterThanOrEqual(9);
  // Entity pages made the seed archive some forty pages, each waited on until its network is idle.
  test.setTimeout(pages.length * 3_000);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
    await page.waitForLoadState('networkidle');
  }
});
