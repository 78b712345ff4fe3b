import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const headerBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the archive' });

test.describe('the "/" key', () => {
  for (const path of ['/', '/2025/11/22/']) {
    test(`focuses the header search box on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(headerBox(page)).toHaveAttribute('aria-keyshortcuts', '/');
      await expect(headerBox(page)).not.toBeFocused();
      await page.keyboard.press('/');
      await expect(headerBox(page)).toBeFocused();
      await expect(headerBox(page)).toHaveValue('');
    });
  }

  test('focuses the header search box on an article page', async ({ page }) => {
    await page.goto('/2025/11/22/');
    await page.locator('.card__headline a').click();
    await expect(page.locator('article h1')).toBeVisible();
    // A click waits for the new page to commit, not for its module scripts to run.
    await page.waitForLoadState('load');
    await page.keyboard.press('/');
    await expect(headerBox(page)).toBeFocused();
  });

  test('types a slash while in a field, and does nothing with a modifier key', async ({ page }) => {
    await page.goto('/');
    await headerBox(page).fill('a');
    await headerBox(page).press('/');
    await expect(headerBox(page)).toHaveValue('a/');
    await headerBox(page).blur();
    await page.keyboard.press('Control+/');
    await expect(headerBox(page)).not.toBeFocused();
  });

  test('focuses Pagefind’s input on the search page', async ({ page }) => {
    await page.goto('/search/?q=Wicker');
    await expect(page.locator('pagefind-results .result')).toHaveCount(1);
    const input = page.locator('pagefind-input input');
    await expect(input).toHaveAttribute('aria-keyshortcuts', '/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('Wicker');
  });

  test('shows its hint in the header search box', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.search-form kbd')).toHaveText('/');
    await expect(page.locator('.search-form kbd')).toBeVisible();
    await headerBox(page).focus();
    await expect(page.locator('.search-form kbd')).toBeHidden();
  });
});
