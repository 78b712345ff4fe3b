import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CORPUS_URL, HOSTILE_URL } from '../../playwright.config.ts';
import { pageKind } from '../../scripts/bench/pages.ts';
import { isArticlePath } from '../../src/lib/urls.ts';
import { corpusArticlesByDay } from './corpus-articles.ts';
import { expect, htmlFiles, sitePath } from './fixtures.ts';

/**
 * One page of every type the site has, for the checks that hold on every
 * page (accessibility, layout widths, CSP). Paths are on the seed archive,
 * or on the generated one (`corpus`) for what the seeds are too small to
 * have: pagination, a month calendar with many days, "On this day".
 */
export interface PageType {
  name: string;
  path: string;
  corpus?: boolean;
  /** Waits until what scripts add to the page is there. */
  ready?: (page: Page) => Promise<void>;
}

/** An article of the generated archive whose month and day recur in other years, so it shows "On this day". */
function articleWithOnThisDay(): string {
  const byDay = [...corpusArticlesByDay()];
  const [, paths] = byDay.find(([day]) =>
    byDay.some(([other]) => other !== day && other.slice(5) === day.slice(5)),
  )!;
  return paths[0]!;
}

/** The seed archive's one story page: the two seeds are one story, named by what they share. */
export function seedStoryPath(): string {
  const stories = htmlFiles(new URL('../../dist/', import.meta.url))
    .map(sitePath)
    .filter((path) => pageKind(path) === 'story');
  expect(stories).toHaveLength(1);
  return stories[0]!;
}

/** Where the seed story's "Search within this story" leads, from its built page. */
function seedStorySearchPath(): string {
  const file = new URL(`../../dist${seedStoryPath()}index.html`, import.meta.url);
  const link = /<a href="([^"]+)">Search within this story<\/a>/u.exec(readFileSync(file, 'utf8'));
  expect(link).not.toBeNull();
  return link![1]!.replaceAll('&amp;', '&');
}

/**
 * Waits until both seed results are drawn. Results fill in only when seen, and
 * on a phone the second is below the fold; a story's filter and the query each
 * run a search, and the list is drawn anew for each.
 */
async function bothResultsDrawn(page: Page): Promise<void> {
  await expect(async () => {
    await page
      .locator('pagefind-results li')
      .nth(1)
      .evaluate((item) => item.scrollIntoView());
    await expect(page.locator('pagefind-results .result')).toHaveCount(2, { timeout: 1_000 });
  }).toPass();
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'timeline (home)', path: '/' },
  { name: 'year', path: '/2025/' },
  { name: 'month', path: '/2025/11/' },
  { name: 'day', path: '/2025/11/19/' },
  {
    name: 'article',
    path: '/2025/11/19/the-trump-administration-has-been-secretly-working-in-93c0ee/',
  },
  {
    name: 'search, empty',
    path: '/search/',
    ready: async (page) => expect(page.locator('pagefind-input input')).toBeVisible(),
  },
  {
    name: 'search with results',
    path: '/search/?q=Dmitriev',
    ready: (page) => bothResultsDrawn(page),
  },
  {
    name: 'search with no result',
    path: '/search/?q=zzyzx',
    ready: async (page) => expect(page.locator('pagefind-summary')).toContainText('No results'),
  },
  { name: 'people index', path: '/people/' },
  { name: 'places index', path: '/places/' },
  { name: 'organisations index', path: '/organisations/' },
  { name: 'person', path: '/people/kirill-dmitriev/' },
  { name: 'stories index', path: '/stories/' },
  {
    name: 'story',
    // Found in the built archive when a test opens it, as its name is derived.
    get path() {
      return seedStoryPath();
    },
  },
  {
    name: 'search within a story',
    get path() {
      return `${seedStorySearchPath()}&q=Dmitriev`;
    },
    ready: (page) => bothResultsDrawn(page),
  },
  { name: 'not found (404)', path: '/404.html' },
  { name: 'month with a full calendar, paginated', path: '/2020/03/', corpus: true },
  { name: 'day, page 2 of 3', path: '/2020/03/11/page/2/', corpus: true },
  { name: 'person, page 2', path: '/people/amara-okafor/page/2/', corpus: true },
  { name: 'stories index, page 2', path: '/stories/page/2/', corpus: true },
  {
    name: 'article with "On this day"',
    // Found in the built archive when a test opens it: listing the tests builds nothing.
    get path() {
      return articleWithOnThisDay();
    },
    corpus: true,
  },
  {
    name: 'search with many results and filters',
    path: '/search/?q=minister',
    corpus: true,
    ready: async (page) => expect(page.locator('pagefind-results li')).toHaveCount(10),
  },
];

/** Opens a page type's page and waits until it is ready. */
export async function openPageType(page: Page, { path, corpus, ready }: PageType) {
  await page.goto(corpus ? `${CORPUS_URL}${path}` : path);
  await ready?.(page);
}

/** The hostile archive's article pages (right-to-left, CJK, long words, markup as text), as URLs on its server. */
export function hostileArticleUrls(): string[] {
  const urls = htmlFiles(new URL('../../dist-fixtures/hostile/', import.meta.url))
    .map(sitePath)
    .filter(isArticlePath)
    .map((path) => `${HOSTILE_URL}${encodeURI(path)}`);
  expect(urls.length).toBeGreaterThan(5);
  return urls;
}
