import { CORPUS_URL } from '../../playwright.config.ts';
import { expect, SEEDS, test } from './fixtures.ts';
import { headMeta } from './readers.ts';

test.describe('canonical URL, social meta and JSON-LD', () => {
  const pageTypes = [
    { kind: 'timeline', path: '/', h1: 'Timeline' },
    { kind: 'year', path: '/2025/', h1: '2025' },
    { kind: 'month', path: '/2025/11/', h1: 'November 2025' },
    { kind: 'day', path: '/2025/11/22/', h1: 'Saturday, 22 November 2025' },
    { kind: 'search', path: '/search/', h1: 'Search' },
    { kind: '404', path: '/404.html', h1: 'Page not found' },
  ];

  for (const { kind, path, h1 } of pageTypes) {
    test(`the ${kind} page names its absolute canonical URL and describes itself as a website`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveText(h1);
      const { canonical, description, tags, jsonLd } = await headMeta(page);
      expect(canonical).toBe(new URL(path, baseURL).href);
      expect(description).toBeTruthy();
      expect(tags).toEqual({
        'og:title': kind === 'timeline' ? 'News Archive' : h1,
        'og:description': description,
        'og:url': canonical,
        'og:type': 'website',
        'og:site_name': 'News Archive',
        'twitter:card': 'summary',
        'twitter:title': kind === 'timeline' ? 'News Archive' : h1,
        'twitter:description': description,
      });
      expect(jsonLd).toEqual([]);
    });
  }

  for (const seed of Object.values(SEEDS)) {
    test(`the article of ${seed.date} is an OpenGraph article and a schema.org NewsArticle`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(`/${seed.date.replaceAll('-', '/')}/`);
      await page.locator('.card__headline a').click();
      const headline = await page.locator('article h1').innerText();
      expect(headline.startsWith(seed.headlineStart)).toBe(true);
      const { canonical, description, tags, jsonLd } = await headMeta(page);
      expect(canonical).toBe(page.url());
      expect(canonical!.startsWith(`${baseURL}/`)).toBe(true);
      expect(tags).toMatchObject({
        'og:title': headline,
        'og:description': description,
        'og:url': canonical,
        'og:type': 'article',
        'article:published_time': seed.date,
        'twitter:card': 'summary',
        'twitter:title': headline,
      });
      expect(jsonLd).toHaveLength(1);
      const data = JSON.parse(jsonLd[0]!) as Record<string, unknown>;
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline,
        description,
        url: canonical,
        datePublished: seed.date,
      });
      expect(data['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(new Date(data['datePublished'] as string).toISOString()).toBe(
        `${seed.date}T00:00:00.000Z`,
      );
    });
  }
});

test.describe('canonical URL of a listing page after the first', () => {
  test.use({ baseURL: CORPUS_URL });

  test('is the page itself', async ({ page }) => {
    await page.goto('/2020/03/11/page/2/');
    const { canonical, tags } = await headMeta(page);
    expect(canonical).toBe(`${CORPUS_URL}/2020/03/11/page/2/`);
    expect(tags['og:url']).toBe(canonical);
  });
});
