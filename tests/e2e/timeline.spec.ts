import { CORPUS_URL } from '../../playwright.config.ts';
import { corpusArticlesByDay } from './corpus-articles.ts';
import { expect, SEEDS, test } from './fixtures.ts';

test.describe('timeline', () => {
  test('lists both seeds newest day first, each day with its count, under a bar for each year', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    await expect(page.locator('.lede')).toHaveText(
      '2 articles from 19 November 2025 to 22 November 2025.',
    );
    await expect(page.locator('.latest__order')).toHaveText(
      'Newest days first; within a day, articles in the order of their file names.',
    );
    const cards = page.locator('.card');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0).locator('time')).toHaveAttribute('datetime', SEEDS.nov22.date);
    await expect(cards.nth(1).locator('time')).toHaveAttribute('datetime', SEEDS.nov19.date);
    await expect(cards.nth(0).locator('.card__headline')).toContainText(SEEDS.nov22.headlineStart);
    await expect(cards.nth(1).locator('.card__headline')).toContainText(SEEDS.nov19.headlineStart);
    await expect(cards.nth(0).locator('.card__summary')).not.toBeEmpty();

    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      /Saturday, 22 November 2025\s*1 article/,
      /Wednesday, 19 November 2025\s*1 article/,
    ]);
    // Every day is shown whole: no "All … articles" link, and nothing earlier.
    await expect(page.getByRole('link', { name: /^All / })).toHaveCount(0);
    await expect(page.locator('.earlier')).toHaveCount(0);

    const year = page
      .getByRole('navigation', { name: 'Articles per year' })
      .getByRole('link', { name: '2025: 2 articles', exact: true });
    await expect(year).toHaveAttribute('href', '/2025/');
    await expect(year.locator('.bar')).toHaveClass(/\bbar--20\b/);
  });

  test('a year page shows a bar for each of its twelve months, linking those with articles', async ({
    page,
  }) => {
    await page.goto('/2025/');
    const months = page.getByRole('navigation', { name: 'Articles per month' });
    await expect(months.getByRole('listitem')).toHaveCount(12);
    // A month without articles is text, read as a whole: no link to a page it does not have.
    await expect(months.getByRole('listitem').first()).toMatchAriaSnapshot(
      '- listitem: "January 2025: 0 articles"',
    );
    await expect(months.getByRole('link')).toHaveCount(1);
    const november = months.getByRole('link', { name: 'November 2025: 2 articles', exact: true });
    await expect(november).not.toHaveAttribute('aria-label');
    await november.click();
    await expect(page).toHaveURL('/2025/11/');
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

test.describe('timeline of the generated archive, 500 articles on 11 March 2020', () => {
  test.use({ baseURL: CORPUS_URL, javaScriptEnabled: false });

  test('the home page spans the newest seven days, each with its count, its first ten articles and a link to all of a longer day', async ({
    page,
  }) => {
    const byDay = corpusArticlesByDay();
    const newest = [...byDay.keys()].sort().reverse();
    const shown = newest.slice(0, 7);
    // The archive's newest days include days of one article and days of more than ten.
    expect(shown.some((day) => byDay.get(day)!.length === 1)).toBe(true);
    expect(shown.some((day) => byDay.get(day)!.length > 10)).toBe(true);

    await page.goto('/');
    const days = page.locator('.latest .day');
    await expect(days.locator('h3 time')).toHaveText(
      shown.map((day) => new RegExp(`${Number(day.slice(8))} \\w+ ${day.slice(0, 4)}$`, 'u')),
    );
    for (const [index, day] of shown.entries()) {
      const total = byDay.get(day)!.length;
      const section = days.nth(index);
      const label = `${total} ${total === 1 ? 'article' : 'articles'}`;
      await expect(section.locator('h3 .count')).toHaveText(label);
      await expect(section.locator('.card')).toHaveCount(Math.min(total, 10));
      const all = section.getByRole('link', { name: /^All \d+ articles of / });
      if (total > 10) {
        await expect(all).toHaveAttribute('href', `/${day.replaceAll('-', '/')}/`);
        await expect(all).toHaveText(new RegExp(`^All ${label} of \\d+ \\w+ \\d{4}$`, 'u'));
      } else {
        await expect(all).toHaveCount(0);
      }
    }
    const earlier = page.locator('.earlier a');
    await expect(earlier).toHaveAttribute('href', `/${newest[7]!.replaceAll('-', '/')}/`);
  });

  test('a longer day shows on the home page the first ten articles of its own page, in the same order', async ({
    page,
  }) => {
    await page.goto('/');
    const day = page
      .locator('.latest .day')
      .filter({ has: page.getByRole('link', { name: /^All \d+ articles of / }) })
      .first();
    const all = day.getByRole('link', { name: /^All \d+ articles of / });
    const onHome = await day
      .locator('.card__headline a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await all.click();
    const onDayPage = await page
      .locator('.card__headline a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(onHome).toHaveLength(10);
    expect(onDayPage.slice(0, 10)).toEqual(onHome);
  });

  test('the year bars name and link every year with its count, the busiest the longest', async ({
    page,
  }) => {
    const perYear = new Map<string, number>();
    for (const [day, paths] of corpusArticlesByDay())
      perYear.set(day.slice(0, 4), (perYear.get(day.slice(0, 4)) ?? 0) + paths.length);
    await page.goto('/');
    const links = page.getByRole('navigation', { name: 'Articles per year' }).getByRole('link');
    const years = [...perYear.keys()].sort();
    await expect(links).toHaveCount(years.length);
    for (const [index, year] of years.entries()) {
      const count = perYear.get(year)!;
      await expect(links.nth(index)).toHaveAccessibleName(
        `${year}: ${count.toLocaleString('en-GB')} ${count === 1 ? 'article' : 'articles'}`,
      );
      await expect(links.nth(index)).toHaveAttribute('href', `/${year}/`);
    }
    // 2020 holds the 500-article day: its bar fills the width, and a year of few articles still shows one.
    const bar = (year: string) => links.filter({ hasText: year }).locator('.bar');
    const widths = await Promise.all(
      ['2020', years.find((year) => perYear.get(year) === 1)!].map(
        async (year) => (await bar(year).boundingBox())!.width,
      ),
    );
    expect(widths[0]).toBeGreaterThan(10 * widths[1]!);
    expect(widths[1]).toBeGreaterThan(0);
  });

  test('a year page’s month bars show where its articles are, the busiest month the longest', async ({
    page,
  }) => {
    await page.goto('/2020/');
    const months = page.getByRole('navigation', { name: 'Articles per month' });
    await expect(months.getByRole('listitem')).toHaveCount(12);
    const march = months.getByRole('link', { name: /^March 2020: [\d,]+ articles$/u });
    await expect(march.locator('.bar')).toHaveClass(/\bbar--20\b/u);
    // The months of a few articles beside it still show the shortest bar; a month of none shows none.
    const others = months.getByRole('link').filter({ hasNot: page.locator('.bar--20') });
    expect(await others.count()).toBeGreaterThan(0);
    for (const bar of await others.locator('.bar').all())
      expect((await bar.boundingBox())!.width).toBeGreaterThan(0);
    const empty = months.getByRole('listitem').filter({ hasNot: page.getByRole('link') });
    for (const bar of await empty.locator('.bar').all())
      await expect(bar).toHaveClass(/\bbar--0\b/u);
    await march.click();
    await expect(page).toHaveURL('/2020/03/');
  });

  test('a month’s calendar gives each day with articles a bar, the busiest day’s filling its cell', async ({
    page,
  }) => {
    const byDay = corpusArticlesByDay();
    const perMonth = Map.groupBy(byDay.keys(), (day) => day.slice(0, 7));
    const [month, days] = [...perMonth].find(([, monthDays]) => monthDays.length > 1)!;
    const busiest = days.reduce((a, b) => (byDay.get(a)!.length >= byDay.get(b)!.length ? a : b));
    await page.goto(`/${month.replace('-', '/')}/`);
    const cell = (day: string) =>
      page.locator('table.calendar a').filter({ has: page.locator(`time[datetime="${day}"]`) });
    await expect(cell(busiest).locator('.bar')).toHaveClass(/\bbar--20\b/u);
    const full = (await cell(busiest).locator('.bar').boundingBox())!.width;
    for (const day of days.filter((other) => other !== busiest)) {
      const width = (await cell(day).locator('.bar').boundingBox())!.width;
      expect(width, day).toBeGreaterThan(0);
      expect(width, day).toBeLessThanOrEqual(full);
    }
  });

  test('the bars fit a 320 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/2020/', '/2020/03/']) {
      await page.goto(path);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        path,
      ).toBeLessThanOrEqual(320);
      const right = await page
        .locator('.bars, table.calendar')
        .evaluateAll((charts) =>
          Math.max(...charts.map((chart) => chart.getBoundingClientRect().right)),
        );
      expect(right, path).toBeLessThanOrEqual(320);
    }
  });
});
