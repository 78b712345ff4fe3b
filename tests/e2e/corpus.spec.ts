import { statSync } from 'node:fs';
import { CORPUS_ARTICLES, CORPUS_URL } from '../../playwright.config.ts';
import { corpusArticlesByDay } from './corpus-articles.ts';
import { expect, htmlFiles, test } from './fixtures.ts';

test.use({ baseURL: CORPUS_URL });

const dist = new URL('../../dist-fixtures/corpus/', import.meta.url);

test.describe(`a generated archive of ${CORPUS_ARTICLES} articles, 500 of them on one day`, () => {
  test('search shows ten results at a time, with the full count, and shows more on demand', async ({
    page,
  }) => {
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
    // Pressed, not clicked: the button moves as the results above it fill in.
    await more.press('Enter');
    await expect(results).toHaveCount(30);

    // A new query starts again from ten.
    await page.locator('pagefind-input input').fill('Geneva');
    await expect(page.locator('pagefind-summary')).toContainText('for “Geneva”');
    await expect(results).toHaveCount(10);
  });

  test('a day with 500 articles paginates in pages of 200, linked both ways', async ({ page }) => {
    await page.goto('/2020/03/11/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wednesday, 11 March 2020');
    await expect(page.locator('.lede')).toHaveText('500 articles, page 1 of 3');
    await expect(page.locator('.card')).toHaveCount(200);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.getByRole('link', { name: '3', exact: true })).toHaveAttribute(
      'href',
      '/2020/03/11/page/3/',
    );
    await pages.getByRole('link', { name: 'Later →' }).click();
    await expect(page).toHaveURL('/2020/03/11/page/2/');
    await expect(page.locator('.card')).toHaveCount(200);
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Later →' })
      .click();
    await expect(page.locator('.card')).toHaveCount(100);
    await expect(
      page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Later →' }),
    ).toHaveCount(0);
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: '← Earlier' })
      .click();
    await expect(page).toHaveURL('/2020/03/11/page/2/');
  });

  test('the month of that day paginates too, and every page stays under 300 KB of HTML', async ({
    page,
  }) => {
    await page.goto('/2020/03/');
    await expect(page.locator('.card')).toHaveCount(200);
    await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
    const sizes = htmlFiles(dist).map((file) => statSync(new URL(file, dist)).size);
    expect(sizes.length).toBeGreaterThan(CORPUS_ARTICLES);
    expect(Math.max(...sizes)).toBeLessThan(300 * 1024);
  });

  test('the home page lists at most ten articles of each of its newest seven days, and links every year', async ({
    page,
  }) => {
    const byDay = corpusArticlesByDay();
    await page.goto('/');
    await expect(page.locator('.latest .day')).toHaveCount(7);
    expect(await page.locator('.card').count()).toBeLessThanOrEqual(70);
    const years = new Set([...byDay.keys()].map((day) => day.slice(0, 4)));
    await expect(
      page.getByRole('navigation', { name: 'Articles per year' }).getByRole('link'),
    ).toHaveCount(years.size);
  });
});
