import { CORPUS_URL } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

const summary = 'pagefind-summary';

test.describe('result count', () => {
  test('says how many articles a search found, one or more', async ({ page }) => {
    await page.goto('/search/?q=Wicker');
    await expect(page.locator(summary)).toHaveText('1 result for “Wicker”');
    await expect(page.locator('pagefind-results .result')).toHaveCount(1);
    await page.locator('pagefind-input input').fill('Dmitriev');
    await expect(page.locator(summary)).toHaveText('2 results for “Dmitriev”');
    await expect(page.locator('pagefind-results .result')).toHaveCount(2);
  });

  test.describe('over the generated archive', () => {
    test.use({ baseURL: CORPUS_URL });

    test('"Show more results" lists every result counted, ten at a time, in one list', async ({
      page,
    }) => {
      await page.goto('/search/?q=Geneva&sort=desc');
      await expect(page.locator(summary)).toHaveText(/^\d+ results? for “Geneva”$/u);
      const found = Number(/^(\d+)/u.exec(await page.locator(summary).innerText())![1]);
      expect(found).toBeGreaterThan(10);
      const more = page.getByRole('button', { name: 'Show more results' });
      const items = page.locator('pagefind-results li');
      // Pressed with the keyboard: the button moves as the results above it fill in, and a mouse press and release that straddle a move click nothing.
      for (let listed = 10; listed < found; listed += 10) {
        await expect(items).toHaveCount(listed);
        await more.press('Enter');
      }
      await expect(items).toHaveCount(found);
      await expect(more).toBeHidden();
      await expect(page.getByRole('button', { name: /older|later/u })).toHaveCount(0);
    });
  });
});
