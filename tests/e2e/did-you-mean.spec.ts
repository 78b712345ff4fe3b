import type { Page } from '@playwright/test';
import { CORPUS_URL } from '../../playwright.config.ts';
import { expect, requestsTo, test } from './fixtures.ts';

test.use({ baseURL: CORPUS_URL });

const input = (page: Page) => page.locator('pagefind-input input');
const summary = (page: Page) => page.locator('pagefind-summary');
const suggestion = (page: Page) => page.getByText(/^Did you mean/u);

test.describe('did you mean', () => {
  test('a swap of two letters is offered the archive’s word, and one click searches it', async ({
    page,
  }) => {
    await page.goto('/search/');
    await input(page).fill('minsiter');
    await expect(summary(page)).toHaveText('No results for “minsiter”');
    await expect(suggestion(page)).toHaveText('Did you mean minister?');
    await expect(suggestion(page).getByRole('link', { name: 'minister' })).toHaveAttribute(
      'href',
      '/search/?q=minister',
    );

    await suggestion(page).getByRole('link', { name: 'minister' }).click();
    await expect(page).toHaveURL('/search/?q=minister');
    await expect(input(page)).toHaveValue('minister');
    await expect(summary(page)).toHaveText(/^\d+ results for “minister”$/u);
    await expect(page.locator('pagefind-results .result').first()).toBeVisible();
    await expect(suggestion(page)).toBeHidden();
  });

  test('a typo that finds only a shorter word that begins it is offered the word, from the URL too', async ({
    page,
  }) => {
    // Pagefind falls back to "of" for "offcials": hundreds of results, none of them for the word meant.
    await page.goto('/search/?q=offcials');
    await expect(summary(page)).toHaveText(/^\d+ results for “offcials”$/u);
    await expect(suggestion(page)).toHaveText('Did you mean officials?');
  });

  test('a word of the archive is offered nothing, and no word list is fetched for it', async ({
    page,
  }) => {
    const requests = requestsTo(page, '/archive/suggest/');
    await page.goto('/search/?q=minister');
    await expect(summary(page)).toHaveText(/^\d+ results for “minister”$/u);
    await expect(page.locator('pagefind-results .result').first()).toBeVisible();
    await expect(suggestion(page)).toBeHidden();
    expect(requests).toEqual([]);
  });
});
