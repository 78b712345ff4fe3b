import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { type CheckOptions, type LinkResult, LinkChecker, LinkState } from 'linkinator';
import {
  BASE_PATH,
  BASE_PATH_SITE,
  BASE_PATH_URL,
  CORPUS_URL,
  HOSTILE_URL,
} from '../../playwright.config.ts';
import { expect, htmlFiles, sitePath, test } from './fixtures.ts';

/** What a link check found. */
interface LinkReport {
  /** Every URL requested, once each; links to a `#fragment` also had the fragment looked up in the page. */
  checked: string[];
  /** Each broken link or fragment, with the page, sitemap or feed that has it. */
  broken: string[];
  /** Links that leave the site: an offline check cannot follow them. */
  skipped: string[];
  /** Built pages that no link and no sitemap entry leads to. */
  unlinked: string[];
}

const xml = new XMLParser({ ignoreAttributes: false });

/** Every URL on `origin` that an XML document names, as an element's text or an attribute's value. */
function xmlUrls(text: string, origin: string): string[] {
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string' && node.trim().startsWith(`${origin}/`)) urls.push(node.trim());
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(xml.parse(text));
  return urls;
}

/** An error's message, with what caused it: fetch's own says only "fetch failed". */
const why = (error: Error): string =>
  error.cause instanceof Error ? `${error.message}: ${why(error.cause)}` : error.message;

/** A link as the report lists it: URL, status and why it failed, and where it is. */
const reportLine = (link: LinkResult) =>
  `${link.url} (${[link.status, ...(link.failureDetails ?? []).filter((detail) => detail instanceof Error).map(why)].join(', ')}) in ${link.parent ?? 'the sitemap or a feed'}`;

/**
 * Checks every link of a site built in `folder` and served at `start`, with
 * linkinator: links, assets, `<link>` and `<meta>` URLs, JSON-LD, and each
 * `#fragment` against the ids of its page. The crawl starts from every page of
 * the sitemap that robots.txt names, so its entries are checked too. Links in
 * feeds and the pages nothing links to (the 404 page) are checked in a second
 * run, since linkinator reads links from HTML only. The site's absolute URLs
 * under `site` (ARCHIVE_SITE and the base path) are checked where `start` serves them.
 */
async function checkLinks(folder: URL, start: string, site = start): Promise<LinkReport> {
  const [from, to] = [new URL(site), new URL(start)];
  const options = {
    path: start,
    checkFragments: true,
    concurrency: 16,
    // A request the preview server drops on a busy machine (no status, "fetch
    // failed") is tried again, as a browser does; a missing page, a 404, is not.
    retryErrors: true,
    retryErrorsCount: 2,
    retryErrorsJitter: 1000,
    linksToSkip: (link: string) =>
      Promise.resolve(![from.origin, to.origin].includes(new URL(link).origin)),
    urlRewriteExpressions:
      from.origin === to.origin
        ? []
        : [
            {
              pattern: new RegExp(`^${from.origin.replaceAll('.', '\\.')}`, 'u'),
              replacement: to.origin,
            },
          ],
  } satisfies CheckOptions;

  const robots = await fetch(`${start}robots.txt`);
  expect(robots.status, 'robots.txt').toBe(200);
  const sitemaps = [...(await robots.text()).matchAll(/^Sitemap:\s*(\S+)/gimu)].map(
    (match) => match[1]!,
  );
  expect(sitemaps.length, 'sitemaps named by robots.txt').toBeGreaterThan(0);
  const crawl = await new LinkChecker().check({ ...options, sitemap: sitemaps, recurse: true });

  const sitePathOf = (url: string) =>
    decodeURIComponent(new URL(url).pathname.replace(to.pathname, '/'));
  const reached = new Set(crawl.links.map((link) => sitePathOf(link.url)));
  const unlinked = htmlFiles(folder)
    .map((file) => sitePath(file))
    .filter((path) => !reached.has(path));
  const feeds = crawl.links.filter(
    (link) => link.state === LinkState.OK && link.url.endsWith('.xml'),
  );
  const feedLinks = (
    await Promise.all(
      feeds.map(async (feed) => xmlUrls(await (await fetch(feed.url)).text(), from.origin)),
    )
  ).flat();
  const rest = await new LinkChecker().check({
    ...options,
    path: [...unlinked.map((path) => new URL(`.${path}`, start).href), ...new Set(feedLinks)],
  });

  const links = [...crawl.links, ...rest.links];
  return {
    checked: [
      ...new Set(links.filter((link) => link.state !== LinkState.SKIPPED).map((link) => link.url)),
    ],
    // The second run crawls some pages again, so a broken link may be found twice.
    broken: [...new Set(links.filter((link) => link.state === LinkState.BROKEN).map(reportLine))],
    skipped: links.filter((link) => link.state === LinkState.SKIPPED).map(reportLine),
    unlinked,
  };
}

/** Checks a build's links and says how many, for the record. */
async function expectNoBrokenLink(
  build: string,
  start: string,
  site?: string,
): Promise<LinkReport> {
  const report = await checkLinks(new URL(`../../${build}`, import.meta.url), start, site);
  console.log(
    `links: ${report.checked.length} URLs of ${build} checked at ${start}, ${report.broken.length} broken`,
  );
  expect(report.broken, 'broken links').toEqual([]);
  expect(report.skipped, 'links out of the site').toEqual([]);
  // Only the 404 page is left for the server to show at unknown addresses.
  expect(report.unlinked).toEqual(['/404.html']);
  return report;
}

test.describe('no broken link', () => {
  // A crawl of a thousand pages with every link and fragment, on two busy cores.
  test.slow();

  test('in the seed archive', async ({ baseURL }) => {
    await expectNoBrokenLink('dist/', `${baseURL}/`);
  });

  test('in the archive of hostile input', async () => {
    await expectNoBrokenLink('dist-fixtures/hostile/', `${HOSTILE_URL}/`);
  });

  test('in the generated archive', async () => {
    await expectNoBrokenLink('dist-fixtures/corpus/', `${CORPUS_URL}/`);
  });

  test(`in the seed archive under ${BASE_PATH}, every link under it`, async () => {
    const report = await expectNoBrokenLink(
      'dist-fixtures/base/',
      `${BASE_PATH_URL}${BASE_PATH}`,
      `${BASE_PATH_SITE}${BASE_PATH}`,
    );
    expect(report.checked.filter((url) => !url.startsWith(`${BASE_PATH_URL}${BASE_PATH}`))).toEqual(
      [],
    );
  });

  test('the check reports a broken link, fragment, sitemap entry and feed entry, and a page nothing links to', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'links-'));
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.xml': 'application/xml',
      '.txt': 'text/plain',
    };
    const server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname).replace(
        /\/$/u,
        '/index.html',
      );
      readFile(join(folder, path)).then(
        (body) => response.writeHead(200, { 'content-type': types[extname(path)]! }).end(body),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = (body: string) =>
        `<!doctype html><html lang="en"><head><title>t</title><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>${body}</body></html>`;
      writeFileSync(
        join(folder, 'index.html'),
        page(
          '<h1 id="top">Home</h1><a href="#top">top</a> <a href="/other.html#here">here</a> <a href="/missing/">missing</a> <a href="/other.html#nowhere">nowhere</a>',
        ),
      );
      writeFileSync(join(folder, 'other.html'), page('<p id="here">Other</p>'));
      writeFileSync(join(folder, '404.html'), page('<a href="/deleted.html">deleted</a>'));
      writeFileSync(
        join(folder, 'robots.txt'),
        `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`,
      );
      const urlset = [`${origin}/`, `${origin}/other.html`, `${origin}/gone.html`]
        .map((url) => `<url><loc>${url}</loc></url>`)
        .join('');
      writeFileSync(
        join(folder, 'sitemap.xml'),
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urlset}</urlset>`,
      );
      writeFileSync(
        join(folder, 'rss.xml'),
        `<?xml version="1.0"?><rss version="2.0"><channel><link>${origin}/</link><item><link>${origin}/lost.html</link></item></channel></rss>`,
      );

      const report = await checkLinks(pathToFileURL(`${folder}/`), `${origin}/`);
      expect(report.broken.toSorted()).toEqual([
        `${origin}/deleted.html (404) in ${origin}/404.html`,
        `${origin}/gone.html (404) in the sitemap or a feed`,
        `${origin}/lost.html (404) in the sitemap or a feed`,
        `${origin}/missing/ (404) in ${origin}/`,
        `${origin}/other.html#nowhere (200, Fragment identifier '#nowhere' not found on page) in ${origin}/`,
      ]);
      expect(report.unlinked).toEqual(['/404.html']);
      expect(report.skipped).toEqual([]);
    } finally {
      server.close();
      rmSync(folder, { recursive: true });
    }
  });
});
