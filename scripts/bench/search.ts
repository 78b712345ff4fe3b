import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

export interface SearchTiming {
  query: string;
  /** Bytes of Pagefind's UI loaded with the search page (uncompressed: `astro preview` does not compress). */
  uiBytes: number;
  /** Bytes fetched from /pagefind/ by the first query, after the page has loaded: engine, index chunks, fragments. */
  coldBytes: number;
  /** Milliseconds from typing the query to the first result on screen. */
  coldMs: number;
  /** The same query typed again into the same page after a different one. */
  warmMs: number;
}

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Serves a built site with `astro preview` and times searches on it in headless Chromium. */
export async function measureSearch(outDir: string, queries: string[], port = 4340): Promise<SearchTiming[]> {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env: { ...process.env, ARCHIVE_OUT: outDir },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const timings: SearchTiming[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('requestfinished', async (request) => {
        if (!request.url().includes('/pagefind/')) return;
        const sizes = await request.sizes().catch(() => undefined);
        bytes += (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0);
      });
      await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
      const uiBytes = bytes;
      bytes = 0;
      const cold = await timeQuery(page, query);
      const coldBytes = bytes;
      await timeQuery(page, queries.find((q) => q !== query) ?? `${query}s`);
      const warm = await timeQuery(page, query);
      timings.push({ query, uiBytes, coldBytes, coldMs: cold, warmMs: warm });
      await context.close();
    }
    return timings;
  } finally {
    await browser.close();
    server.kill();
  }
}

async function timeQuery(page: import('playwright-core').Page, query: string): Promise<number> {
  const input = page.locator('pagefind-input input');
  await input.fill('');
  await page.locator('pagefind-results .result').first().waitFor({ state: 'detached' }).catch(() => {});
  const started = Date.now();
  await input.fill(query);
  await page.locator('pagefind-results .result').first().waitFor({ state: 'visible', timeout: 30_000 });
  return Date.now() - started;
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no server at ${url}`);
}
