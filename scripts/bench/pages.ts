import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { ENTITY_SECTION } from '../../src/lib/entities/types.ts';
import { HIGHLIGHT_PARAM } from '../../src/lib/search/highlight.ts';
import { isArticlePath, SEARCH_PATH, STORIES_PATH } from '../../src/lib/urls.ts';

// What a page of a built archive weighs and loads: the end-to-end tests hold
// these to budgets, the benchmark reports them.

/**
 * What the first round trip of a new connection carries: TCP's initial
 * window of ten 1,460-byte segments, 14,600 bytes, less room for headers.
 */
export const FIRST_ROUND_TRIP_BYTES = 14_000;

/**
 * Listings of articles with their summaries (the timeline's up to 70, and up
 * to 200 on a month, a day or an entity's page) may take two round trips:
 * TCP's window doubles after the first, so 3 × 14 kB.
 */
export const TWO_ROUND_TRIPS_BYTES = 3 * FIRST_ROUND_TRIP_BYTES;

export type PageKind =
  | 'timeline'
  | 'year'
  | 'month'
  | 'day'
  | 'article'
  | 'entity index'
  | 'entity'
  | 'story index'
  | 'story'
  | 'search'
  | '404';

const sections = Object.values(ENTITY_SECTION).join('|');
const KIND_PATHS: ReadonlyArray<[PageKind, RegExp]> = [
  ['timeline', /^\/$/u],
  ['year', /^\/\d{4}\/$/u],
  ['month', /^\/\d{4}\/\d{2}\/(?:page\/\d+\/)?$/u],
  ['day', /^\/\d{4}\/\d{2}\/\d{2}\/(?:page\/\d+\/)?$/u],
  ['entity index', new RegExp(`^/(?:${sections})/(?:page/\\d+/)?$`, 'u')],
  ['entity', new RegExp(`^/(?:${sections})/[^/]+/(?:page/\\d+/)?$`, 'u')],
  ['story index', new RegExp(`^${STORIES_PATH}(?:page/\\d+/)?$`, 'u')],
  ['story', new RegExp(`^${STORIES_PATH}[^/]+/(?:page/\\d+/)?$`, 'u')],
  ['search', new RegExp(`^${SEARCH_PATH}$`, 'u')],
  ['404', /^\/404\.html$/u],
];

/** Every HTML file of a built archive, relative to its folder (`dist/`, `dist-fixtures/NAME/`), sorted. */
export function htmlFiles(dist: URL): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The site path a built HTML file is served at. */
export function sitePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/** The kind of page at a site path of an archive built at the base path `/`. */
export function pageKind(path: string): PageKind {
  if (isArticlePath(path)) return 'article';
  const kind = KIND_PATHS.find(([, pattern]) => pattern.test(path));
  if (!kind) throw new Error(`no page kind for ${path}`);
  return kind[0];
}

/** Size gzip-compressed at zlib's default level, as static hosts send text. */
function gzipBytes(data: string | Buffer): number {
  return gzipSync(data).byteLength;
}

/**
 * What a first visit to a built page fetches before it can render: its HTML
 * and every stylesheet it links, each gzip-compressed. `dist` holds an
 * archive built at the base path `/`, so a stylesheet's href is its path there.
 */
function pageWeight(dist: URL, file: string): { html: number; css: number } {
  const html = readFileSync(new URL(file, dist), 'utf8');
  let css = 0;
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/gu))
    css += gzipBytes(readFileSync(new URL(href!, dist)));
  return { html: gzipBytes(html), css };
}

export interface BuiltPage {
  file: string;
  kind: PageKind;
  /** Bytes gzip-compressed: the page's HTML, and its stylesheets together. */
  html: number;
  css: number;
}

/** Every page of a built archive, with its kind and weight. */
export function builtPages(dist: URL): BuiltPage[] {
  return htmlFiles(dist).map((file) => ({
    file,
    kind: pageKind(sitePath(file)),
    ...pageWeight(dist, file),
  }));
}

/** The median and largest weight, HTML and CSS together, of each kind of page. */
export function weightsByKind(
  pages: BuiltPage[],
): Partial<Record<PageKind, { pages: number; medianBytes: number; maxBytes: number }>> {
  const byKind: Partial<Record<PageKind, number[]>> = {};
  for (const page of pages) (byKind[page.kind] ??= []).push(page.html + page.css);
  return Object.fromEntries(
    Object.entries(byKind).map(([kind, sizes]) => {
      const sorted = sizes.toSorted((a, b) => a - b);
      return [
        kind,
        {
          pages: sorted.length,
          medianBytes: sorted[Math.floor(sorted.length / 2)]!,
          maxBytes: sorted.at(-1)!,
        },
      ];
    }),
  );
}

/**
 * One page of each kind to open in a browser, by name, from an archive's site
 * paths: the first of each kind, an article as a search result opens it (with
 * the terms to highlight), and a search for `query` that finds something.
 */
export function samplePages(paths: string[], query: string): Record<string, string> {
  const samples: Record<string, string> = {};
  for (const path of paths) {
    const kind = pageKind(path);
    if (kind !== 'search') samples[kind] ??= encodeURI(path);
  }
  const article = samples['article'];
  if (!article) throw new Error('no article page');
  const term = query.split(' ')[0]!.toLowerCase();
  return {
    ...samples,
    'article from a search': `${article}?${HIGHLIGHT_PARAM}=${encodeURIComponent(term)}`,
    search: `${SEARCH_PATH}?q=${encodeURIComponent(query)}`,
  };
}

/** Every request a page makes from now on, in order. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/**
 * The scripts among requests, as sorted site paths with Astro's content hash
 * taken out of their names, so that a list of them survives any change to
 * their code: `/_astro/SearchForm.astro_astro_type_script_index_0_lang.js`.
 */
export function scriptPaths(requests: Request[]): string[] {
  return requests
    .filter((request) => request.resourceType() === 'script')
    .map((request) => new URL(request.url()).pathname.replace(/\.[\w-]{8}\.js$/u, '.js'))
    .sort();
}

/**
 * Waits for what a sample page (samplePages) does once it has loaded. Its
 * module scripts, and what they import, are fetched by the load event; what
 * they fetch afterwards shows on the page: Pagefind's engine, worker and
 * shard by the time the search's first result is drawn, the highlighter by
 * the time the article's terms are marked.
 */
export async function settle(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('load');
  if (name === 'search') await page.locator('pagefind-results .result').first().waitFor();
  if (name === 'article from a search') await page.locator('.article__body mark').first().waitFor();
}

/**
 * The scripts each sample page loads once settled, in a fresh context: how
 * many, and their bytes as built and gzip-compressed.
 */
export async function scriptWeights(
  browser: Browser,
  origin: string,
  dist: URL,
  samples: Record<string, string>,
): Promise<Record<string, { files: string[]; bytes: number; gzipBytes: number }>> {
  const weights: Record<string, { files: string[]; bytes: number; gzipBytes: number }> = {};
  for (const [name, path] of Object.entries(samples)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${origin}${path}`);
    await settle(page, name);
    const scripts = requests
      .filter((request) => request.resourceType() === 'script')
      .map((request) => readFileSync(new URL(`.${new URL(request.url()).pathname}`, dist)));
    weights[name] = {
      files: scriptPaths(requests),
      bytes: scripts.reduce((sum, script) => sum + script.byteLength, 0),
      gzipBytes: scripts.reduce((sum, script) => sum + gzipBytes(script), 0),
    };
    await context.close();
  }
  return weights;
}
