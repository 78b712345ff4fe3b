import { CORPUS_URL } from '../../playwright.config.ts';
import { corpusArticlesByDay } from './corpus-articles.ts';
import { expect, htmlFiles, SEEDS, sitePath, test } from './fixtures.ts';
import { isArticlePath } from '../../src/lib/urls.ts';

const section = 'section[aria-labelledby="on-this-day.title"]';
const dayPath = (day: string) => `/${day.replaceAll('-', '/')}/`;
/** The listed articles' links, not the links to more days. */
const listed = `${section} .article-lines a`;

test.describe('on this day, in the generated archive', () => {
  test.use({ baseURL: CORPUS_URL });

  /** The other years' articles of a day's month and day, by day. */
  const otherYears = (byDay: Map<string, string[]>, day: string) =>
    [...byDay].filter(([other]) => other !== day && other.slice(5) === day.slice(5));

  test('lists up to five articles of the same month and day in other years, nearest years first, and links the days of the rest', async ({
    page,
  }) => {
    const byDay = corpusArticlesByDay();
    const days = [...byDay.keys()].filter((day) => otherYears(byDay, day).length > 0);
    expect(days.length).toBeGreaterThan(1);
    for (const day of days) {
      const year = Number(day.slice(0, 4));
      const distance = (other: string) => Math.abs(Number(other.slice(0, 4)) - year);
      // The other years' days, nearest first, earlier first at the same distance; each day fills what is left of the five.
      let room = 5;
      const expected = otherYears(byDay, day)
        .sort(([a], [b]) => distance(a) - distance(b) || (a < b ? -1 : 1))
        .map(([other, paths]) => {
          const shown = Math.min(room, paths.length);
          room -= shown;
          return { other, paths, shown };
        });
      for (const path of byDay.get(day)!) {
        await page.goto(path);
        const hrefs = await page
          .locator(listed)
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
        expect(hrefs.length, path).toBe(
          Math.min(
            5,
            expected.reduce((sum, { paths }) => sum + paths.length, 0),
          ),
        );
        expect(hrefs, path).toEqual(
          expected.flatMap(({ other, shown }) =>
            hrefs.filter((href) => href.startsWith(dayPath(other))).slice(0, shown),
          ),
        );
        for (const { paths, shown } of expected)
          expect(
            hrefs.filter((href) => paths.includes(href)),
            path,
          ).toHaveLength(shown);
        const more = await page
          .locator(`${section} .days a`)
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
        expect(more, path).toEqual(
          expected
            .filter(({ paths, shown }) => shown < paths.length)
            .map(({ other }) => dayPath(other)),
        );
      }
    }
  });

  test('each listed article has its date and opens from its headline', async ({ page }) => {
    const byDay = corpusArticlesByDay();
    const day = [...byDay.keys()].find((d) => otherYears(byDay, d).length > 0)!;
    await page.goto(byDay.get(day)![0]!);
    const first = page.locator(listed).first();
    const href = (await first.getAttribute('href'))!;
    await expect(page.locator(`${section} li`).first().locator('time')).toHaveAttribute(
      'datetime',
      href.slice(1, 11).replaceAll('/', '-'),
    );
    const headline = await first.innerText();
    await first.click();
    await expect(page).toHaveURL(href);
    await expect(page.locator('article h1')).toHaveText(headline);
  });

  test('has no section for a day that no other year has', async ({ page }) => {
    const byDay = corpusArticlesByDay();
    const day = [...byDay.keys()].find((d) => otherYears(byDay, d).length === 0)!;
    await page.goto(byDay.get(day)![0]!);
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator(section)).toHaveCount(0);
  });
});

test.describe('on this day, in the seed archive', () => {
  test('is absent: the two seeds share no month and day with another year', async ({ page }) => {
    const articles = htmlFiles(new URL('../../dist/', import.meta.url))
      .map(sitePath)
      .filter(isArticlePath);
    expect(articles.map((path) => path.slice(6, 11))).toEqual(['11/19', '11/22']);
    for (const path of articles) {
      await page.goto(path);
      await expect(page.locator('article h1')).toContainText(
        path.includes('/19/') ? SEEDS.nov19.headlineStart : SEEDS.nov22.headlineStart,
      );
      await expect(page.getByRole('heading', { name: 'On this day' })).toHaveCount(0);
    }
  });
});
