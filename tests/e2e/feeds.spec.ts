import { CORPUS_ARTICLES, CORPUS_URL } from '../../playwright.config.ts';
import { isArticlePath } from '../../src/lib/urls.ts';
import { expect, htmlFiles, SEEDS, sitePath, test } from './fixtures.ts';
import { fetchFeed, headMeta } from './readers.ts';

const FEEDS = [
  { path: '/rss.xml', type: 'rss', version: '2.0' },
  { path: '/atom.xml', type: 'atom', version: '1.0' },
] as const;

test.describe('feeds', () => {
  for (const { path, type, version } of FEEDS) {
    test(`${path} lists both seed articles, newest first, each linking its page`, async ({
      page,
      request,
    }) => {
      const feed = await fetchFeed(request, path);
      expect(feed.meta).toEqual({ type, version });
      expect(feed.items.map((item) => item.published?.toISOString())).toEqual([
        `${SEEDS.nov22.date}T00:00:00.000Z`,
        `${SEEDS.nov19.date}T00:00:00.000Z`,
      ]);
      for (const item of feed.items) {
        const response = await page.goto(item.url!);
        expect(response?.status(), item.url!).toBe(200);
        expect(page.url()).toBe(item.url);
        expect(isArticlePath(new URL(item.url!).pathname)).toBe(true);
        await expect(page.locator('article h1')).toHaveText(item.title!);
        expect((await headMeta(page)).description).toBe(item.description);
      }
    });
  }

  test('every page links both feeds from its head', async ({ page, request }) => {
    const pages = htmlFiles(new URL('../../dist/', import.meta.url)).map(sitePath);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const path of pages) {
      await page.goto(path);
      const { feeds } = await headMeta(page);
      expect(feeds).toEqual([
        { type: 'application/rss+xml', href: '/rss.xml' },
        { type: 'application/atom+xml', href: '/atom.xml' },
      ]);
      for (const feed of feeds) expect((await request.get(feed.href)).status()).toBe(200);
    }
  });
});

test.describe(`feeds of a generated archive of ${CORPUS_ARTICLES} articles`, () => {
  test.use({ baseURL: CORPUS_URL });

  const dayOf = (path: string) => /\/(\d{4})\/(\d{2})\/(\d{2})\//u.exec(path)!.slice(1).join('-');

  for (const { path } of FEEDS) {
    test(`${path} holds exactly the newest 50 articles, newest first`, async ({ request }) => {
      const articlePaths = htmlFiles(new URL('../../dist-fixtures/corpus/', import.meta.url))
        .map(sitePath)
        .filter(isArticlePath);
      expect(articlePaths.length).toBe(CORPUS_ARTICLES);
      const feed = await fetchFeed(request, path);
      expect(feed.items).toHaveLength(50);
      // Built files have the slug as written, URLs percent-encoded.
      const paths = feed.items.map((item) => decodeURI(new URL(item.url!).pathname));
      expect(new Set(paths).size).toBe(50);
      for (const itemPath of paths) expect(articlePaths).toContain(itemPath);
      const newestDays = articlePaths.map(dayOf).sort().reverse().slice(0, 50);
      expect(paths.map(dayOf)).toEqual(newestDays);
      expect(feed.items.map((item) => item.published?.toISOString().slice(0, 10))).toEqual(
        newestDays,
      );
    });
  }
});
