import { CORPUS_URL } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

test.use({ baseURL: CORPUS_URL });

test.describe('a generated archive of 400 articles', () => {
  test('search shows ten results at a time, with the full count, and shows more on demand', async ({ page }) => {
    await page.goto('/search/?q=minister');
    // List items, rendered or placeholder: results fill in their data only when scrolled into view.
    const results = page.locator('pagefind-results li');
    await expect(results).toHaveCount(10);
    const summary = await page.locator('pagefind-summary').innerText();
    const total = Number(/([\d,]+) results/u.exec(summary)?.[1]?.replace(',', ''));
    expect(total).toBeGreaterThan(20);

    const more = page.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(results).toHaveCount(20);
    await more.click();
    await expect(results).toHaveCount(30);

    // A new query starts again from ten.
    await page.locator('pagefind-input input').fill('Geneva');
    await expect(page.locator('pagefind-summary')).toContainText('for Geneva');
    await expect(results).toHaveCount(10);
  });

  test('the home page lists at most 200 articles and links every year', async ({ page }) => {
    await page.goto('/');
    expect(await page.locator('.card').count()).toBeLessThanOrEqual(200);
    expect(await page.getByRole('navigation', { name: 'Browse by year' }).getByRole('link').count()).toBeGreaterThan(20);
  });
});
