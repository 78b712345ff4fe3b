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

    /** Shows results until the button offers older articles, and returns how many are listed. */
    async function listAll(page: Page): Promise<number> {
      const more = page.locator('#search\\.more');
      while ((await more.innerText()) === 'Show more results') {
        const listed = await page.locator('pagefind-results li').count();
        await more.click();
        // Each step runs the search again and redraws the list: slow on a busy machine.
        await expect(page.locator('pagefind-results li')).not.toHaveCount(listed, {
          timeout: 15_000,
        });
      }
      return page.locator('pagefind-results li').count();
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
      expect(await listAll(page)).toBe(first);

      await page.getByRole('button', { name: 'Search older articles' }).click();
      await expect(page.locator('#search\\.coverage')).toHaveText(
        new RegExp(`^${corpusCoverage(2 * CORPUS_SHARD_SIZE)}`, 'u'),
      );
      // Until the summary has caught up with the coverage line.
      await expect.poll(() => count(page)).toBeGreaterThan(first);
      const second = await count(page);
      expect(await listAll(page)).toBe(second);
    });
  });
});
