import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS_DOCUMENTS, CORPUS_URL } from '../../playwright.config.ts';
import { indexFolder } from '../../src/search-index/pagefind.ts';

/** Where a page of the generated archive finds the single index: beside the site's own bundle, not in it. */
export const SINGLE_INDEX_PATH = '/pagefind-single/';

/**
 * One Pagefind index of the generated archive's very search documents, all
 * shards together, built by the real binary as the build builds each shard:
 * what the archive's search is measured against. Each spec file builds its
 * own, in a folder of its own, so files running at once never share one.
 */
async function buildSingleIndex(): Promise<{ folder: string; remove: () => Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), 'single-index-'));
  const folder = join(work, 'pagefind');
  const run = await indexFolder(CORPUS_DOCUMENTS, folder);
  await run.done;
  return { folder, remove: () => rm(work, { recursive: true, force: true }) };
}

/**
 * Serves the single index's bundle at SINGLE_INDEX_PATH on the generated
 * archive's origin, through the page's routes: the built site stays as its
 * other tests check it.
 */
async function serveSingleIndex(page: Page, folder: string): Promise<void> {
  await page.route(`${CORPUS_URL}${SINGLE_INDEX_PATH}**`, (route) =>
    route.fulfill({
      path: join(folder, new URL(route.request().url()).pathname.slice(SINGLE_INDEX_PATH.length)),
    }),
  );
}

/** Serves `html` as a page of the generated archive at `path`: a page of a reader's or integrator's own, on the archive's origin. */
export async function serveOwnPage(page: Page, path: string, html: string): Promise<void> {
  await page.route(`${CORPUS_URL}${path}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * Builds the single index, serves it beside the site, and opens `html` as
 * the archive's page at `path`. Returns what removes the index.
 */
export async function openBesideSingleIndex(
  page: Page,
  path: string,
  html: string,
): Promise<() => Promise<void>> {
  const single = await buildSingleIndex();
  await serveSingleIndex(page, single.folder);
  await serveOwnPage(page, path, html);
  await page.goto(path);
  return single.remove;
}
