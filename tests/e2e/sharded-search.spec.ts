import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CORPUS_ARTICLES, CORPUS_SHARD_SIZE, CORPUS_URL } from '../../playwright.config.ts';
import { formatDate } from '../../src/lib/dates.ts';
import type { Shard, ShardManifest } from '../../src/lib/search/search-filters.ts';
import { corpusCoverage } from './corpus-articles.ts';
import { expect, test } from './fixtures.ts';

test.use({ baseURL: CORPUS_URL });

/**
 * The generated archive's search index, in five shards (playwright.config.ts),
 * with its newest and oldest shard. Read by each test, not when the file is
 * loaded: the archive is built only when the tests run, not to list them.
 */
function shardIndex(): { manifest: ShardManifest; newest: Shard; oldest: Shard } {
  const manifest = JSON.parse(
    readFileSync(
      new URL('../../dist-fixtures/corpus/pagefind/shards.json', import.meta.url),
      'utf8',
    ),
  ) as ShardManifest;
  return { manifest, newest: manifest.shards.at(-1)!, oldest: manifest.shards[0]! };
}

/** The shard folders whose index metadata the page has fetched: the shards it searched. */
function shardsLoaded(page: Page): Set<string> {
  const loaded = new Set<string>();
  page.on('request', (request) => {
    const shard = /\/pagefind\/(shard-\d+)\/pagefind\.[^/]*\.pf_meta$/u.exec(request.url())?.[1];
    if (shard) loaded.add(`${shard}/`);
  });
  return loaded;
}

/**
 * The date of every result listed, scrolling each into view: results fill in
 * only when seen. It runs in the page, since a round trip per result made
 * reading a thousand-article archive's results take most of a minute.
 */
function resultDates(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const list = document.querySelector('pagefind-results')!;
    // A placeholder is replaced by its result once seen, so find each by position, not by element.
    const item = (position: number) => list.querySelectorAll('li')[position];
    const time = (position: number) => item(position)?.querySelector('time');
    /** The result's date once it is drawn: now, or when the list next changes to hold it. */
    const drawn = (position: number) =>
      new Promise<HTMLTimeElement>((resolve) => {
        const found = time(position);
        if (found) return resolve(found);
        const observer = new MutationObserver(() => {
          const shown = time(position);
          if (!shown) return;
          observer.disconnect();
          resolve(shown);
        });
        observer.observe(list, { childList: true, subtree: true });
      });
    const dates: string[] = [];
    for (let position = 0; item(position); position++) {
      item(position)!.scrollIntoView();
      dates.push((await drawn(position)).dateTime);
    }
    return dates;
  });
}

/**
 * Shows more results until every result found so far is listed. The button
 * is pressed with the keyboard, here and below: it moves as the results above
 * it fill in, and a mouse press and release that straddle a move click nothing.
 */
async function showAllFound(page: Page): Promise<void> {
  const items = page.locator('pagefind-results li');
  const summary = page.locator('pagefind-summary');
  await expect(summary).toHaveText(/\d+ results? for/u);
  for (;;) {
    const found = Number(/(\d+) results? for/u.exec(await summary.innerText())![1]);
    const listed = await items.count();
    if (listed >= found) return;
    await page.getByRole('button', { name: 'Show more results' }).press('Enter');
    await expect(items).toHaveCount(Math.min(listed + 10, found));
  }
}

const coverageText = (searched: number, from: string, to: string) =>
  `${corpusCoverage(searched)}, from ${formatDate(from)} to ${formatDate(to)}.`;

test.describe('search over a sharded index', () => {
  test(`the index is cut into chronological shards of at most ${CORPUS_SHARD_SIZE} articles`, () => {
    const { manifest } = shardIndex();
    expect(manifest.articles).toBe(CORPUS_ARTICLES);
    expect(manifest.shards.map((shard) => shard.articles)).toEqual(
      Array(5).fill(CORPUS_SHARD_SIZE),
    );
    for (const [index, shard] of manifest.shards.entries()) {
      expect(shard.from <= shard.to).toBe(true);
      if (index > 0) expect(manifest.shards[index - 1]!.to <= shard.from).toBe(true);
    }
  });

  test('a search loads only the newest shard and says which period its results come from', async ({
    page,
  }) => {
    const { newest } = shardIndex();
    const loaded = shardsLoaded(page);
    await page.goto('/search/?q=Geneva');
    await expect(page.locator('pagefind-results .result').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Searched' })).toHaveText(
      coverageText(CORPUS_SHARD_SIZE, newest.from, newest.to),
    );
    expect([...loaded]).toEqual([newest.path]);
  });

  test('newest first, older articles come on demand, and the order holds across shards', async ({
    page,
  }) => {
    const { manifest, newest } = shardIndex();
    const loaded = shardsLoaded(page);
    await page.goto('/search/?q=Geneva&sort=desc');
    await showAllFound(page);
    const first = await resultDates(page);
    expect(first.every((date) => date >= newest.from)).toBe(true);

    const older = page.getByRole('button', { name: 'Search older articles' });
    await older.press('Enter');
    const next = manifest.shards.at(-2)!;
    await expect(page.locator('#search\\.coverage')).toHaveText(
      coverageText(2 * CORPUS_SHARD_SIZE, next.from, newest.to),
    );
    expect([...loaded]).toEqual([newest.path, next.path]);
    await showAllFound(page);
    const dates = await resultDates(page);
    expect(dates.slice(0, first.length)).toEqual(first);
    expect(dates.length).toBeGreaterThan(first.length);
    expect(dates).toEqual(dates.toSorted().reverse());
  });

  test('oldest first starts from the oldest shard and searches later ones on demand, to the end', async ({
    page,
  }) => {
    // It reads every result of every shard, one by one.
    test.slow();
    const { manifest, oldest } = shardIndex();
    const loaded = shardsLoaded(page);
    await page.goto('/search/?q=Geneva&sort=asc');
    await expect(page.locator('#search\\.coverage')).toHaveText(
      coverageText(CORPUS_SHARD_SIZE, oldest.from, oldest.to),
    );
    expect([...loaded]).toEqual([oldest.path]);
    for (let step = 1; step < manifest.shards.length; step++) {
      await showAllFound(page);
      await page.getByRole('button', { name: 'Search later articles' }).press('Enter');
      if (step + 1 < manifest.shards.length)
        await expect(page.locator('#search\\.coverage')).toHaveText(
          coverageText(CORPUS_SHARD_SIZE * (step + 1), oldest.from, manifest.shards[step]!.to),
        );
    }
    await expect(page.locator('#search\\.coverage')).toBeHidden();
    await showAllFound(page);
    await expect(page.locator('#search\\.more')).toBeHidden();
    expect(loaded.size).toBe(manifest.shards.length);
    const dates = await resultDates(page);
    expect(dates).toEqual(dates.toSorted());
    await expect(page.locator('pagefind-summary')).toContainText(
      `${dates.length} results for “Geneva”`,
    );
  });

  test('a year filter searches only the shards that hold that year', async ({ page }) => {
    const { manifest, newest } = shardIndex();
    const counts = manifest.filters['year']!;
    const year = Object.keys(counts).find(
      (value) => counts[value]! >= 20 && !newest.filters['year']!.includes(value),
    )!;
    const holding = manifest.shards
      .filter((shard) => shard.filters['year']!.includes(year))
      .map((shard) => shard.path);
    const loaded = shardsLoaded(page);
    await page.goto('/search/?q=minister');
    await expect(page.locator('pagefind-results .result').first()).toBeVisible();
    loaded.clear();
    await page.locator('pagefind-filter-pane summary').filter({ hasText: 'Year' }).click();
    await page.locator(`pagefind-filter-pane input[name="year"][value="${year}"]`).check();
    await expect(page.locator('pagefind-results li time').first()).toHaveAttribute(
      'datetime',
      new RegExp(`^${year}-`, 'u'),
    );
    await showAllFound(page);
    const dates = await resultDates(page);
    expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
    expect([...loaded].sort()).toEqual(holding.sort());
  });

  test('a word found nowhere searches every shard and says so', async ({ page }) => {
    const { manifest } = shardIndex();
    const loaded = shardsLoaded(page);
    await page.goto('/search/?q=zyxwvut');
    await expect(page.locator('pagefind-summary')).toContainText('No results for “zyxwvut”');
    await expect(page.locator('#search\\.coverage')).toBeHidden();
    await expect(page.locator('#search\\.more')).toBeHidden();
    expect(loaded.size).toBe(manifest.shards.length);
  });
});
