import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { CORPUS_ARTICLES, CORPUS_URL } from '../../playwright.config.ts';
import type { ArchiveMeta } from '../../src/lib/search/archive-index/layout.ts';
import { expect, test } from './fixtures.ts';

test.use({ baseURL: CORPUS_URL });

const CORPUS = new URL('../../dist-fixtures/corpus/', import.meta.url);
const SEEDS = new URL('../../dist-fixtures/corpus-seeds/', import.meta.url);

/**
 * The dates of the generated articles (playwright.config.ts) that hold a word
 * starting with `word`, read from their files: what one search of the whole
 * archive must count. For a name such as "Geneva", which Pagefind's stemmer
 * leaves as it is, this is what one Pagefind index of the archive finds too
 * (tests/e2e/single-index-agreement.spec.ts).
 */
function datesHolding(word: string): string[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}`, 'iu');
  const dates: string[] = [];
  for (const folder of readdirSync(SEEDS)) {
    for (const file of readdirSync(new URL(`${folder}/`, SEEDS))) {
      const text = readFileSync(new URL(`${folder}/${file}`, SEEDS), 'utf8');
      if (pattern.test(text)) dates.push(/date (\d{4}-\d{2}-\d{2})/u.exec(text)![1]!);
    }
  }
  return dates.sort();
}

/** The files the page fetches under /pagefind/, from now on, with their sizes as served. */
function searchFiles(page: Page): Map<string, number> {
  const files = new Map<string, number>();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    files.set(path, 0);
    void request.sizes().then((sizes) => files.set(path, sizes.responseBodySize));
  });
  return files;
}

/**
 * What the first `count` results show in `selector` (the date's `datetime`,
 * else the text), scrolling each into view: Pagefind's results list draws a
 * result only once it is seen.
 */
function listed(page: Page, count: number, selector: string): Promise<string[]> {
  return page.evaluate(
    async ({ count, selector }) => {
      const list = document.querySelector('pagefind-results')!;
      const part = (position: number) =>
        list.querySelectorAll('li')[position]?.querySelector(selector);
      const drawn = (position: number) =>
        new Promise<Element>((resolve) => {
          const found = part(position);
          if (found) return resolve(found);
          const observer = new MutationObserver(() => {
            const shown = part(position);
            if (!shown) return;
            observer.disconnect();
            resolve(shown);
          });
          observer.observe(list, { childList: true, subtree: true });
        });
      const shown: string[] = [];
      for (let position = 0; position < count; position++) {
        list.querySelectorAll('li')[position]!.scrollIntoView();
        const element = await drawn(position);
        shown.push(element.getAttribute('datetime') ?? element.textContent.trim());
      }
      return shown;
    },
    { count, selector },
  );
}

const listedDates = (page: Page, count: number) => listed(page, count, 'time');
const listedTitles = (page: Page, count: number) => listed(page, count, '.result__title');

const items = (page: Page) => page.locator('pagefind-results li');
const summary = (page: Page) => page.locator('pagefind-summary');

test.describe('search over the whole archive', () => {
  test('one archive index covers every article, and no shard of Pagefind’s is published', () => {
    const folder = new URL('pagefind/', CORPUS);
    expect(readdirSync(folder).filter((name) => name.startsWith('shard-'))).toEqual([]);
    const meta = JSON.parse(
      gunzipSync(readFileSync(new URL('archive/meta.pfa', folder))).toString(),
    ) as ArchiveMeta;
    expect(meta.docs).toBe(CORPUS_ARTICLES);
    expect(readdirSync(join(folder.pathname, 'archive', 'fragment'))).toHaveLength(CORPUS_ARTICLES);
  });

  test('the first search counts every match in the archive, without WebAssembly and in under 250 kB', async ({
    page,
  }) => {
    const expected = datesHolding('geneva').length;
    const files = searchFiles(page);
    await page.goto('/search/');
    await page.locator('pagefind-input input').waitFor();
    files.clear();
    await page.locator('pagefind-input input').fill('Geneva');
    await expect(summary(page)).toHaveText(`${expected} results for “Geneva”`);
    await expect(page.locator('pagefind-results li .result__title').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /Search (older|later) articles/u })).toHaveCount(
      0,
    );
    const paths = [...files.keys()];
    expect(paths.filter((path) => /wasm|pf_meta|pf_index|shard-/u.test(path))).toEqual([]);
    const bytes = [...files.values()].reduce((sum, size) => sum + size, 0);
    expect(bytes).toBeLessThan(250_000);
  });

  test('newest first lists the newest matches of the whole archive, and “Show more results” continues the same list', async ({
    page,
  }) => {
    const dates = datesHolding('geneva').reverse();
    await page.goto('/search/?q=Geneva&sort=desc');
    await expect(items(page)).toHaveCount(10);
    expect(await listedDates(page, 10)).toEqual(dates.slice(0, 10));
    // Pressed with the keyboard: the button moves as the results above it fill in.
    await page.getByRole('button', { name: 'Show more results' }).press('Enter');
    await expect(items(page)).toHaveCount(20);
    expect(await listedDates(page, 20)).toEqual(dates.slice(0, 20));
  });

  test('oldest first starts from the oldest match in the archive', async ({ page }) => {
    const dates = datesHolding('geneva');
    await page.goto('/search/?q=Geneva&sort=asc');
    await expect(items(page)).toHaveCount(10);
    expect(await listedDates(page, 10)).toEqual(dates.slice(0, 10));
  });

  test('by relevance, “Show more results” keeps the first results where they were', async ({
    page,
  }) => {
    await page.goto('/search/?q=Geneva');
    await expect(items(page)).toHaveCount(10);
    const first = await listedTitles(page, 10);
    await page.getByRole('button', { name: 'Show more results' }).press('Enter');
    await expect(items(page)).toHaveCount(20);
    expect(await listedTitles(page, 10)).toEqual(first);
  });

  test('a year filter counts the matches of that year exactly', async ({ page }) => {
    const byYear = Map.groupBy(datesHolding('geneva'), (date) => date.slice(0, 4));
    const [year, dates] = [...byYear].find(([, list]) => list.length >= 3)!;
    await page.goto('/search/?q=Geneva');
    await expect(summary(page)).toContainText('results for');
    await page.locator('pagefind-filter-pane summary').filter({ hasText: 'Year' }).click();
    await page.locator(`pagefind-filter-pane input[name="year"][value="${year}"]`).check();
    await expect(summary(page)).toHaveText(
      `${dates.length} result${dates.length === 1 ? '' : 's'} for “Geneva”`,
    );
  });

  test('a word found nowhere says so after fetching the index’s metadata and one term chunk', async ({
    page,
  }) => {
    const files = searchFiles(page);
    await page.goto('/search/?q=zyxwvut');
    await expect(summary(page)).toContainText('No results for “zyxwvut”');
    await expect(page.locator('#search\\.more')).toBeHidden();
    expect([...files.keys()].filter((path) => path.startsWith('/pagefind/archive/'))).toEqual([
      '/pagefind/archive/meta.pfa',
      expect.stringMatching(/^\/pagefind\/archive\/terms\/\d+\.pfa$/u),
    ]);
  });
});
