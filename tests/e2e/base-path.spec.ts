import type { Page } from '@playwright/test';
import { BASE_PATH, BASE_PATH_SITE, BASE_PATH_URL } from '../../playwright.config.ts';
import { expect, SEEDS, test } from './fixtures.ts';
import { fetchFeed, headMeta, sitemapUrls } from './readers.ts';

/** The site's public root, which the build's absolute URLs name. */
const SITE_ROOT = `${BASE_PATH_SITE}${BASE_PATH}`;
/** Where the test server has what the site names by an absolute URL. */
const served = (url: string) => url.replace(BASE_PATH_SITE, BASE_PATH_URL);

test.use({ baseURL: BASE_PATH_URL });

/** Every URL in an attribute of the page that may lead somewhere: links, sources, the form, Pagefind's bundle path. */
function linkedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action], [data-bundle], [bundle-path]')].flatMap(
      (element) =>
        ['href', 'src', 'action', 'data-bundle', 'bundle-path']
          .map((name) => element.getAttribute(name))
          .filter((value) => value !== null),
    ),
  );
}

/**
 * Opens a page, failing if it or anything it loads (scripts, styles, search
 * index, WebAssembly) is outside the base path. Its links and requests are
 * read once it has loaded and `ready` has seen what its scripts draw (a
 * search's results), so they include what those scripts added and fetched.
 */
async function openUnderBase(
  page: Page,
  path: string,
  { status = 200, ready }: { status?: number; ready?: () => Promise<void> } = {},
): Promise<void> {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === BASE_PATH_URL && !url.pathname.startsWith(BASE_PATH))
      outside.push(url.pathname);
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await ready?.();
  const urls = await linkedUrls(page);
  expect(urls.length).toBeGreaterThan(5);
  const stray = urls.filter(
    (url) => !url.startsWith('#') && !url.startsWith(BASE_PATH) && !url.startsWith(SITE_ROOT),
  );
  expect(stray, path).toEqual([]);
  expect(outside, path).toEqual([]);
}

test.describe(`a site served under ${BASE_PATH}`, () => {
  test('every link and asset of the timeline, an article and the search page is under the base path', async ({
    page,
  }) => {
    await openUnderBase(page, BASE_PATH);
    await expect(page.locator('h1')).toHaveText('Timeline');
    await expect(page.locator('.card')).toHaveCount(2);

    await page
      .getByRole('link', { name: new RegExp(`^${SEEDS.nov22.headlineStart}`, 'u') })
      .click();
    await expect(page).toHaveURL(
      new RegExp(
        `^${BASE_PATH_URL}${BASE_PATH}2025/11/22/the-axios-website-revealed-[a-z0-9-]+/$`,
        'u',
      ),
    );
    await expect(page.locator('article h1')).toContainText(SEEDS.nov22.headlineStart);
    await openUnderBase(page, new URL(page.url()).pathname);

    await openUnderBase(page, `${BASE_PATH}search/?q=Dmitriev`, {
      ready: () => expect(page.locator('pagefind-results .result')).toHaveCount(2),
    });
  });

  test('an unknown address under the base path shows the 404 page, its links and assets under the base path too', async ({
    page,
    consoleErrors,
  }) => {
    await openUnderBase(page, `${BASE_PATH}1999/01/01/no-such-article/`, { status: 404 });
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('.site-name')).toHaveCSS('text-decoration-line', 'none');
    expect((await headMeta(page)).canonical).toBe(`${SITE_ROOT}404.html`);
    // Chromium logs the 404 status of the document itself; that one is expected.
    expect(consoleErrors).toEqual([expect.stringContaining('status of 404')]);
    consoleErrors.length = 0;
  });

  test('a search from the header box finds the article, and its result opens it under the base path', async ({
    page,
  }) => {
    await page.goto(BASE_PATH);
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Wicker');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${BASE_PATH_URL}${BASE_PATH}search/?q=Wicker`);
    const result = page.locator('pagefind-results .result');
    await expect(result).toHaveCount(1);
    await expect(result.getByRole('link')).toHaveAttribute(
      'href',
      new RegExp(`^${BASE_PATH}2025/11/22/`, 'u'),
    );
    await result.getByRole('link').click();
    await expect(page).toHaveURL(
      new RegExp(`^${BASE_PATH_URL}${BASE_PATH}2025/11/22/the-axios-website-revealed-`, 'u'),
    );
    await expect(page.locator('article h1')).toContainText(SEEDS.nov22.headlineStart);
  });

  test('canonical URL, og:url and JSON-LD name the article under the site and base path', async ({
    page,
  }) => {
    await page.goto(`${BASE_PATH}2025/11/19/`);
    await page.locator('.card__headline a').click();
    // A click waits only for the new page to commit; its head is read once the article is there.
    await expect(page.locator('article h1')).toBeVisible();
    const { canonical, tags, jsonLd, feeds } = await headMeta(page);
    expect(canonical).toBe(new URL(page.url()).pathname.replace(BASE_PATH, SITE_ROOT));
    expect(canonical).toMatch(new RegExp(`^${SITE_ROOT}2025/11/19/the-trump-administration-`, 'u'));
    expect(tags['og:url']).toBe(canonical);
    expect(JSON.parse(jsonLd[0]!)).toMatchObject({ url: canonical });
    expect(feeds.map((feed) => feed.href)).toEqual([`${BASE_PATH}rss.xml`, `${BASE_PATH}atom.xml`]);
  });

  for (const feedPath of ['rss.xml', 'atom.xml']) {
    test(`the ${feedPath} feed links the articles under the site and base path`, async ({
      page,
      request,
    }) => {
      const feed = await fetchFeed(request, `${BASE_PATH}${feedPath}`);
      expect(feed.items).toHaveLength(2);
      for (const item of feed.items) {
        expect(item.url!.startsWith(`${SITE_ROOT}2025/11/`), item.url!).toBe(true);
        await page.goto(served(item.url!));
        await expect(page.locator('article h1')).toHaveText(item.title!);
      }
    });
  }

  test('the sitemap and robots.txt name every page under the site and base path', async ({
    request,
  }) => {
    const robots = await (await request.get(`${BASE_PATH}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SITE_ROOT}sitemap-index.xml`);
    const { parts, urls } = await sitemapUrls(request, `${BASE_PATH}sitemap-index.xml`, served);
    expect(parts).toEqual([`${SITE_ROOT}sitemap-0.xml`]);
    expect(urls).toContain(SITE_ROOT);
    expect(urls.filter((url) => !url.startsWith(SITE_ROOT))).toEqual([]);
    for (const url of urls) expect((await request.get(served(url))).status(), url).toBe(200);
  });
});
