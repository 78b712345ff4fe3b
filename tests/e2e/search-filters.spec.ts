import type { Locator, Page } from '@playwright/test';
import { CORPUS_ARTICLES, CORPUS_URL } from '../../playwright.config.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { expect, requestsTo, test } from './fixtures.ts';

test.use({ baseURL: CORPUS_URL });

const pane = (page: Page) => page.locator('pagefind-filter-pane');

/** Each group the pane shows, with the values it shows in it: "Year: 1987 12, 1988 3". */
function shownGroups(filters: Locator): Promise<string[]> {
  return filters.evaluate((element) =>
    [...element.querySelectorAll('.pf-filter-group:not([data-pf-hidden])')].map((group) => {
      const name = group.querySelector('.pf-filter-group-name')?.textContent;
      const values = [...group.querySelectorAll('label:not([data-pf-hidden])')].map((label) =>
        label.textContent.trim(),
      );
      return `${name}: ${values.join(', ')}`;
    }),
  );
}

/** The value and count of every checkbox in a group of the pane. */
function groupCounts(filters: Locator, name: string): Promise<Record<string, number>> {
  return filters.evaluate(
    (element, filter) =>
      Object.fromEntries(
        [...element.querySelectorAll<HTMLInputElement>(`input[name="${filter}"]`)].map((box) => [
          box.value,
          Number(box.parentElement?.querySelector('.pf-filter-checkbox-count')?.textContent),
        ]),
      ),
    name,
  );
}

test.describe('the search page filter pane', () => {
  test('before a search, lists every year with the whole archive’s counts, and the most named people and places', async ({
    page,
  }) => {
    await page.goto('/search/');
    const filters = pane(page);
    await expect(filters.locator('.pf-filter-group-name')).toContainText(['People', 'Places']);
    await expect(filters.locator('input[name="people"]').first()).toBeAttached();
    const years = await groupCounts(filters, 'year');
    expect(Object.keys(years).length).toBeGreaterThan(1);
    expect(Object.values(years).reduce((sum, count) => sum + count, 0)).toBe(CORPUS_ARTICLES);
  });

  test('with a query, a group the reader opens counts the query’s matches, fetched only then', async ({
    page,
  }) => {
    const paneFiles = requestsTo(page, '/pagefind/archive/pane/');
    await page.goto('/search/?q=minister');
    await expect(page.locator('pagefind-summary')).toHaveText(/^\d+ results for “minister”$/u);
    const filters = pane(page);
    const archive = await groupCounts(filters, 'people');
    expect(paneFiles).toEqual([]);

    await filters.locator('summary').filter({ hasText: 'People' }).click();
    // Each person's count as Pagefind's documented API gives it: the query's results with that person ticked.
    const expected = await page.evaluate(
      async ({ engine, names }) => {
        const pagefind = (await import(engine)) as {
          search(term: string, options: object): Promise<{ results: unknown[] }>;
        };
        const counts: Record<string, number> = {};
        for (const name of names) {
          counts[name] = (
            await pagefind.search('minister', { filters: { people: name } })
          ).results.length;
        }
        return counts;
      },
      { engine: '/pagefind/pagefind.js', names: Object.keys(archive) },
    );
    expect(expected).not.toEqual(archive);
    await expect.poll(() => groupCounts(filters, 'people')).toEqual(expected);
    expect(paneFiles).toHaveLength(1);
  });

  test('names months "March 2020", in date order', async ({ page }) => {
    await page.goto('/search/');
    const filters = pane(page);
    await filters.locator('summary').filter({ hasText: 'Month' }).click();
    const months = filters.locator('input[name="month"]');
    await expect(months.first()).toBeVisible();
    const values = await months.evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLInputElement).value),
    );
    const labels = await months.evaluateAll((boxes) =>
      boxes.map((box) => box.nextSibling?.textContent),
    );
    expect(labels).toEqual(values.map((value) => formatDate(value)));
    expect(values).toEqual(values.toSorted());
    await expect(filters.getByRole('checkbox', { name: /^March 2020/u })).toBeVisible();
  });

  test('ticking a year narrows the results to it, and unticking it restores every group', async ({
    page,
  }) => {
    await page.goto('/search/?q=minister');
    const summary = page.locator('pagefind-summary');
    await expect(summary).toHaveText(/^\d+ results for “minister”$/u);
    const everything = await summary.innerText();
    const filters = pane(page);
    const before = await shownGroups(filters);
    expect(before.length).toBeGreaterThan(2);

    await filters.locator('summary').filter({ hasText: 'Year' }).click();
    const value = (await filters.locator('input[name="year"]').nth(1).getAttribute('value'))!;
    // Found by value: the pane may draw its checkboxes anew.
    const year = filters.locator(`input[name="year"][value="${value}"]`);
    await year.check();
    await expect(summary).not.toHaveText(everything);
    await expect(page.locator('pagefind-results li time').first()).toHaveAttribute(
      'datetime',
      new RegExp(`^${value}-`, 'u'),
    );
    // The pane keeps the group open and the ticked year in it, for the reader to untick.
    await expect(year).toBeVisible();
    await expect(year).toBeChecked();
    await year.uncheck();
    await expect(summary).toHaveText(everything);
    await expect.poll(() => shownGroups(filters)).toEqual(before);
  });
});
