import { CORPUS_URL } from '../../playwright.config.ts';
import { corpusArticlesByDay } from './corpus-articles.ts';
import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('a month calendar links each day that has articles, with its count', async ({ page }) => {
  await page.goto('/2025/11/');
  const links = page.getByRole('table', { name: 'November 2025' }).getByRole('link');
  // Each shows its day and count; the rest of its name is visually hidden text, not an aria-label, so the name holds what is shown.
  await expect(links.locator('time')).toHaveText(['19', '22']);
  await expect(links.locator('.calendar__count')).toHaveText(['1', '1']);
  await expect(links.first()).toHaveAccessibleName('19 November 2025, 1 article');
  await expect(links.first()).not.toHaveAttribute('aria-label');
  // A grid of bordered cells, each day with articles a block-sized target, as global.css styles them.
  await expect(page.locator('table.calendar')).toHaveCSS('border-collapse', 'collapse');
  await expect(page.locator('table.calendar td').first()).toHaveCSS('border-top-width', '1px');
  await expect(links.first()).toHaveCSS('display', 'flex');
  await links.nth(1).click();
  await expect(page).toHaveURL('/2025/11/22/');
  await expect(page.locator('.card')).toHaveCount(1);
});

test.describe('month calendar of the generated archive', () => {
  test.use({ baseURL: CORPUS_URL });

  test('March 2020 links its 500-article day, and leaves days without articles unlinked', async ({
    page,
  }) => {
    const byDay = corpusArticlesByDay();
    await page.goto('/2020/03/');
    const calendar = page.getByRole('table', { name: 'March 2020' });
    await expect(calendar.getByRole('columnheader')).toHaveText([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    const eleventh = calendar.getByRole('link', { name: '11 March 2020, 500 articles' });
    await expect(eleventh).toHaveAttribute('href', '/2020/03/11/');
    await expect(eleventh.locator('.calendar__count')).toHaveText('500');
    const empty = [...Array(31).keys()]
      .map((i) => `2020-03-${String(i + 1).padStart(2, '0')}`)
      .find((day) => !byDay.has(day))!;
    const emptyCell = calendar
      .locator('td')
      .filter({ has: page.locator(`time[datetime="${empty}"]`) });
    await expect(emptyCell).toHaveText(String(Number(empty.slice(8))));
    await expect(emptyCell.getByRole('link')).toHaveCount(0);
    // 1 March 2020 was a Sunday: six blank cells before it.
    await expect(calendar.locator('tbody tr').first().locator('td')).toHaveText([
      '',
      '',
      '',
      '',
      '',
      '',
      '1',
    ]);
  });

  test('links exactly the days that have articles, with their counts, in every month and on every page of a month', async ({
    page,
  }) => {
    const byDay = corpusArticlesByDay();
    const months = [...new Set([...byDay.keys()].map((day) => day.slice(0, 7)))];
    expect(months.length).toBeGreaterThan(20);
    const paths = [
      ...months.map((month) => `/${month.replace('-', '/')}/`),
      '/2020/03/page/2/',
      '/2020/03/page/3/',
    ];
    for (const path of paths) {
      const month = path.slice(1, 8).replace('/', '-');
      const days = [...byDay.keys()].filter((day) => day.startsWith(month)).sort();
      await page.goto(path);
      // One read of the whole calendar per page: the page is static once loaded.
      const shown = await page
        .locator('table.calendar a')
        .evaluateAll((links) =>
          links.map((link) => [
            link.getAttribute('href'),
            link.querySelector('.calendar__count')?.textContent?.trim(),
          ]),
        );
      expect(shown, path).toEqual(
        days.map((day) => [`/${day.replaceAll('-', '/')}/`, String(byDay.get(day)!.length)]),
      );
    }
  });

  test('a day link opens that day, with the article count the calendar gave', async ({ page }) => {
    await page.goto('/2020/03/');
    const link = page.locator('table.calendar a').first();
    const count = await link.locator('.calendar__count').innerText();
    await link.click();
    await expect(page.locator('.lede')).toHaveText(new RegExp(`^${count} articles?`, 'u'));
  });

  test('fits a 320 px wide screen without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/2020/03/');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector('table.calendar')!.getBoundingClientRect().right,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.table).toBeLessThanOrEqual(320);
  });
});
