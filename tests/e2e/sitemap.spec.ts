import { isArticlePath } from '../../src/lib/urls.ts';
import { expect, htmlFiles, sitePath, test } from './fixtures.ts';
import { sitemapUrls } from './readers.ts';

const dist = new URL('../../dist/', import.meta.url);

test.describe('sitemap and robots.txt', () => {
  test('the sitemap index lists parts that list every page but the 404 page, by absolute URL', async ({
    request,
    baseURL,
  }) => {
    const { parts, urls } = await sitemapUrls(request, '/sitemap-index.xml');
    for (const url of [...parts, ...urls]) expect(url.startsWith(`${baseURL}/`), url).toBe(true);

    const pages = htmlFiles(dist).map(sitePath);
    const articles = pages.filter(isArticlePath);
    expect(articles).toHaveLength(2);
    for (const path of articles) expect(urls).toContain(new URL(path, baseURL).href);
    expect(urls.filter((url) => url.includes('404'))).toEqual([]);
    expect(new Set(urls)).toEqual(
      new Set(
        pages.filter((path) => path !== '/404.html').map((path) => new URL(path, baseURL).href),
      ),
    );

    for (const url of urls) expect((await request.get(url)).status(), url).toBe(200);
  });

  test('robots.txt names the sitemap index by its absolute URL', async ({ request, baseURL }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^User-agent: \*$/mu);
    expect(robots.match(/^Sitemap: (.+)$/mu)?.[1]).toBe(`${baseURL}/sitemap-index.xml`);
  });
});
