import type { APIRequestContext, Page } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { expect } from './fixtures.ts';

// What feed readers, crawlers and link previews read of a built site.

/** What a page's head says about it to other sites, read from the DOM. */
export interface HeadMeta {
  canonical: string | null;
  description: string | null;
  /** `og:…` and `article:…` by property, `twitter:…` by name. */
  tags: Record<string, string>;
  feeds: { type: string; href: string }[];
  /** The text of every JSON-LD block. */
  jsonLd: string[];
}

export function headMeta(page: Page): Promise<HeadMeta> {
  return page.evaluate(() => {
    const tags: Record<string, string> = {};
    for (const meta of document.querySelectorAll('meta[property], meta[name^="twitter:"]')) {
      tags[meta.getAttribute('property') ?? meta.getAttribute('name')!] =
        meta.getAttribute('content') ?? '';
    }
    return {
      canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
      description:
        document.querySelector('meta[name=description]')?.getAttribute('content') ?? null,
      tags,
      feeds: [...document.querySelectorAll('link[rel=alternate]')].map((link) => ({
        type: link.getAttribute('type') ?? '',
        href: link.getAttribute('href') ?? '',
      })),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? '',
      ),
    };
  });
}

async function fetchText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

/** Fetches a feed and parses it with a real feed parser. */
export async function fetchFeed(request: APIRequestContext, url: string) {
  return parseFeed(await fetchText(request, url));
}

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'sitemap' || name === 'url',
});

/**
 * Every page URL of a sitemap index and its parts, checking their structure
 * and namespace on the way. `served` maps a part's URL under the site to
 * where the test server has it.
 */
export async function sitemapUrls(
  request: APIRequestContext,
  indexUrl: string,
  served = (url: string) => url,
): Promise<{ parts: string[]; urls: string[] }> {
  const index = xml.parse(await fetchText(request, indexUrl)) as {
    sitemapindex?: { '@_xmlns': string; sitemap: { loc: string }[] };
  };
  expect(index.sitemapindex?.['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  const parts = index.sitemapindex!.sitemap.map((sitemap) => sitemap.loc);
  expect(parts.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const part of parts) {
    const set = xml.parse(await fetchText(request, served(part))) as {
      urlset?: { '@_xmlns': string; url: { loc: string }[] };
    };
    expect(set.urlset?.['@_xmlns'], part).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    urls.push(...set.urlset!.url.map((url) => url.loc));
  }
  return { parts, urls };
}
