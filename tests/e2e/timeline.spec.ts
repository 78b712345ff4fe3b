import { expect, SEEDS, test } from './fixtures.ts';

test.describe('timeline', () => {
  test('lists both seeds in date order, grouped by month and day, with counts', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    const cards = page.locator('.card');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0).locator('time')).toHaveAttribute('datetime', SEEDS.nov19.date);
    await expect(cards.nth(1).locator('time')).toHaveAttribute('datetime', SEEDS.nov22.date);
    await expect(cards.nth(0).locator('.card__headline')).toContainText(SEEDS.nov19.headlineStart);
    await expect(cards.nth(1).locator('.card__headline')).toContainText(SEEDS.nov22.headlineStart);
    await expect(cards.nth(0).locator('.card__summary')).not.toBeEmpty();

    const month = page.getByRole('heading', { level: 2, name: /November 2025/ });
    await expect(month).toContainText('2 articles');
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      /19 November 2025\s*1 article/,
      /22 November 2025\s*1 article/,
    ]);
    await expect(page.getByRole('navigation', { name: 'Browse by year' })).toContainText(
      '2025 2 articles',
    );
  });

  test('has a page for every prefix of an article URL', async ({ page }) => {
    await page.goto('/');
    const href = await page.locator('.card__headline a').first().getAttribute('href');
    const parts = href!.split('/').filter(Boolean);
    expect(parts).toHaveLength(4);
    for (let depth = 1; depth <= 4; depth++) {
      const response = await page.goto(`/${parts.slice(0, depth).join('/')}/`);
      expect(response?.status()).toBe(200);
    }
  });

  test('year, month and day pages link down the timeline', async ({ page }) => {
    await page.goto('/2025/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025');
    await page.getByRole('link', { name: 'November 2025', exact: true }).click();
    await expect(page).toHaveURL('/2025/11/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('November 2025');
    await expect(page.locator('.card')).toHaveCount(2);
    await page.getByRole('link', { name: 'Saturday, 22 November 2025' }).click();
    await expect(page).toHaveURL('/2025/11/22/');
    await expect(page.locator('.card')).toHaveCount(1);
    await expect(
      page.getByRole('navigation', { name: 'Adjacent days' }).getByRole('link'),
    ).toHaveText(/19 November 2025/);
  });

  test('shows a 404 page for an unknown address', async ({ page, consoleErrors }) => {
    const response = await page.goto('/1999/01/01/no-such-article/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    // Chromium logs the 404 status of the document itself; that one is expected.
    expect(consoleErrors).toEqual([expect.stringContaining('status of 404')]);
    consoleErrors.length = 0;
  });
});
