import type { Page } from '@playwright/test';
import { CORPUS_SHARD_SIZE, CORPUS_URL } from '../../playwright.config.ts';
import { corpusCoverage } from './corpus-articles.ts';
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
    // One shard holds the whole seed archive: no coverage line.
    await expect(page.locator('#search\\.coverage')).toBeHidden();
  });

  test.describe('over a sharded index', () => {
    test.use({ baseURL: CORPUS_URL });

    /** The count the summary gives, once it gives one: the summary and the coverage line are updated apart. */
    const count = async (page: Page) => {
      await expect(page.locator(summary)).toHaveText(/^\d+ results? for “Geneva”$/u);
      return Number(/^(\d+)/u.exec(await page.locator(summary).innerText())![1]);
    };

    /**
     * Shows results ten more at a time, each step listing exactly those it
     * adds, until the button offers older articles; returns how many are
     * listed. The button is pressed with the keyboard: it moves as the results
     * above it fill in, and a mouse press and release that straddle a move
     * click nothing.
     */
    async function listAll(page: Page, found: number): Promise<number> {
      const more = page.locator('#search\\.more');
      const items = page.locator('pagefind-results li');
      while ((await more.innerText()) === 'Show more results') {
        const listed = await items.count();
        await more.press('Enter');
        await expect(items).toHaveCount(Math.min(listed + 10, found));
      }
      return items.count();
    }

    test('counts the results of the shards searched so far, as the coverage line says', async ({
      page,
    }) => {
      await page.goto('/search/?q=Geneva&sort=desc');
      await expect(page.locator('#search\\.coverage')).toHaveText(
        new RegExp(`^${corpusCoverage(CORPUS_SHARD_SIZE)}`, 'u'),
      );
      const first = await count(page);
      expect(first).toBeGreaterThan(0);
      await expect(page.locator('#search\\.more')).toHaveText(
        /Show more results|Search older articles/u,
      );
      expect(await listAll(page, first)).toBe(first);

      await page.getByRole('button', { name: 'Search older articles' }).press('Enter');
      await expect(page.locator('#search\\.coverage')).toHaveText(
        new RegExp(`^${corpusCoverage(2 * CORPUS_SHARD_SIZE)}`, 'u'),
      );
      // Until the summary has caught up with the coverage line.
      await expect.poll(() => count(page)).toBeGreaterThan(first);
      const second = await count(page);
      expect(await listAll(page, second)).toBe(second);
    });
  });
});
