import type { Page } from '@playwright/test';
import { cspViolations, expect, requestsTo, SEEDS, test } from './fixtures.ts';

/** Every request for Pagefind's highlight script the page makes. */
const highlightRequests = (page: Page) => requestsTo(page, 'pagefind-highlight.js');

test.describe('search terms highlighted in the article', () => {
  test('a result leads to its article with the terms marked in the body only, under the policy', async ({
    page,
  }) => {
    const reported = await cspViolations(page);
    const requests = highlightRequests(page);
    // "Axios" is in both seeds, and in the 2025-11-22 article's headline as well as its body.
    await page.goto('/search/?q=Axios');
    const result = page
      .locator('pagefind-results .result')
      .filter({ hasText: SEEDS.nov22.headlineStart });
    await result.getByRole('link').click();
    // Pagefind passes on the terms as it searched them, in lower case.
    await expect(page).toHaveURL(
      /\/2025\/11\/22\/the-axios-website-revealed-[a-z0-9-]+\/\?pagefind-highlight=axios$/u,
    );
    const marks = page.locator('.article__body mark');
    await expect(marks.first()).toHaveText('Axios');
    expect(await marks.allInnerTexts()).toEqual(Array(await marks.count()).fill('Axios'));
    await expect(page.locator('article h1')).toContainText('Axios');
    await expect(page.locator('article mark')).toHaveCount(await marks.count());
    expect(requests).toHaveLength(1);
    expect(reported).toEqual([]);
    expect(await marks.first().getAttribute('style')).toBeNull();
    // Styled by the site's stylesheet instead (global.css), not left to the browser's default.
    await expect(marks.first()).toHaveCSS('background-color', 'rgb(255, 228, 107)');
  });

  test('marks every word of a query of several words', async ({ page }) => {
    await page.goto('/search/?q=Wicker%20senator');
    await page.locator('pagefind-results .result').first().getByRole('link').click();
    await expect(page).toHaveURL(/\?pagefind-highlight=wicker&pagefind-highlight=senator$/u);
    await expect(page.locator('.article__body mark').first()).toBeVisible();
    const texts = await page.locator('.article__body mark').allInnerTexts();
    expect(new Set(texts.map((text) => text.toLowerCase()))).toEqual(
      new Set(['wicker', 'senator']),
    );
  });

  test('an article opened any other way loads no highlight script', async ({ page }) => {
    const requests = highlightRequests(page);
    await page.goto('/2025/11/22/');
    await page.locator('.card__headline a').click();
    await expect(page.locator('article h1')).toContainText(SEEDS.nov22.headlineStart);
    // The article's module script has run by the load event: had it imported the highlighter, the request would be made by then.
    await page.waitForLoadState('load');
    expect(requests).toEqual([]);
    await expect(page.locator('article mark')).toHaveCount(0);
  });
});
