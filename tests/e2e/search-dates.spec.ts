import type { Page } from '@playwright/test';
import { CORPUS_URL } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

test.use({ baseURL: CORPUS_URL });

const summary = (page: Page) => page.locator('pagefind-summary');
const when = (page: Page) => page.getByRole('navigation', { name: /^Matches by/u });

/** The count the summary gives for `term`, once it gives one. */
async function resultCount(page: Page, term: string): Promise<number> {
  await expect(summary(page)).toHaveText(new RegExp(`^\\d+ results? for “${term}”$`, 'u'));
  return Number(/^(\d+)/u.exec(await summary(page).innerText())![1]);
}

/** The periods the "where in time" list shows, with their counts. */
async function periods(page: Page): Promise<{ label: string; count: number; href: string }[]> {
  return when(page)
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({
        label: link.querySelector('time')!.textContent,
        count: Number(link.querySelector('.search__when-count')!.textContent.replaceAll(',', '')),
        href: link.getAttribute('href')!,
      })),
    );
}

/** The dates of the results drawn so far. */
const shownDates = (page: Page) =>
  page
    .locator('pagefind-results li time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));

test.describe('search by date', () => {
  test('counts the matches by year, each year a link to the same search within it', async ({
    page,
  }) => {
    await page.goto('/search/?q=minister&sort=desc');
    const found = await resultCount(page, 'minister');
    await expect(when(page)).toBeVisible();
    const years = await periods(page);
    expect(years.length).toBeGreaterThan(1);
    expect(years.every(({ label }) => /^\d{4}$/u.test(label))).toBe(true);
    expect(years.map(({ label }) => label)).toEqual(years.map(({ label }) => label).toSorted());
    expect(years.reduce((sum, { count }) => sum + count, 0)).toBe(found);

    const year = years.find(({ count }) => count > 1)!;
    await when(page)
      .getByRole('link', { name: new RegExp(`^${year.label}\\b`, 'u') })
      .click();
    await expect(page).toHaveURL(
      `/search/?q=minister&sort=desc&from=${year.label}-01-01&to=${year.label}-12-31`,
    );
    expect(await resultCount(page, 'minister')).toBe(year.count);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(`${year.label}-01-01`);
    await expect(page.getByLabel('To', { exact: true })).toHaveValue(`${year.label}-12-31`);
    await expect(
      page.getByText(`Searching from 1 January ${year.label} to 31 December ${year.label}.`),
    ).toBeVisible();
    // Within one year, the list counts by month, named in full.
    await expect(when(page)).toHaveAccessibleName('Matches by month');
    const months = await periods(page);
    expect(months.every(({ label }) => label.endsWith(` ${year.label}`))).toBe(true);
    expect(months.reduce((sum, { count }) => sum + count, 0)).toBe(year.count);
    await expect(page.locator('pagefind-results li time').first()).toBeAttached();
    expect((await shownDates(page)).every((date) => date.startsWith(`${year.label}-`))).toBe(true);
  });

  test('reads a range from the URL into the inputs, and writes a changed range back', async ({
    page,
  }) => {
    await page.goto('/search/?q=minister&from=2020-03-01&to=2020-03-31');
    await resultCount(page, 'minister');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-03-01');
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('2020-03-31');
    await expect(when(page).getByRole('link')).toHaveText([/^March 2020 /u]);
    await expect(page.locator('pagefind-results li time').first()).toHaveAttribute(
      'datetime',
      /^2020-03-/u,
    );

    await page.getByLabel('To', { exact: true }).fill('2020-12-31');
    await page.getByLabel('From', { exact: true }).fill('2020-03-12');
    await expect(page).toHaveURL('/search/?q=minister&from=2020-03-12&to=2020-12-31');
    await expect(page.getByText('Searching from 12 March 2020 to 31 December 2020.')).toBeVisible();
    // Every March match of the generated archive is on its crowded day, 11 March 2020, now left out.
    await expect(when(page).getByRole('link').first()).not.toHaveText(/^March 2020 /u);
    const later = await periods(page);
    expect(later.every(({ label }) => label.endsWith(' 2020'))).toBe(true);
    expect(await resultCount(page, 'minister')).toBe(
      later.reduce((sum, { count }) => sum + count, 0),
    );
    expect((await shownDates(page)).every((date) => date >= '2020-03-12')).toBe(true);

    await page.getByLabel('From', { exact: true }).fill('');
    await page.getByLabel('To', { exact: true }).fill('');
    await expect(page).toHaveURL('/search/?q=minister');
    await expect(page.locator('#search\\.scope')).toBeHidden();
  });

  for (const { what, given, note, from, to, kept } of [
    {
      what: 'a range whose end is before its start',
      given: 'from=2020-03-31&to=2020-03-01',
      note: 'The end date, 1 March 2020, is before the start date, 31 March 2020, so it is ignored.',
      from: '2020-03-31',
      to: '',
      kept: '&from=2020-03-31',
    },
    {
      what: 'a date that is not a day',
      given: 'from=2020-02-30',
      note: '“2020-02-30” is not a valid start date (a day written YYYY-MM-DD), so it is ignored.',
      from: '',
      to: '',
      kept: '',
    },
  ])
    test(`ignores ${what}, and says so`, async ({ page }) => {
      await page.goto(`/search/?q=minister&${given}`);
      await expect(page.getByText(note)).toBeVisible();
      await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
      await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
      await expect(page).toHaveURL(`/search/?q=minister${kept}`);
    });
});
