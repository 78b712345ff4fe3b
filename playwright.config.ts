import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/bench/preview.ts';

/** The seed archive's port; the other builds take the next ones. E2E_PORT lets two checkouts run the tests at once. */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
/** Where the archive built from `tests/fixtures/hostile/` is served. */
export const HOSTILE_URL = `http://127.0.0.1:${PORT + 1}`;
/**
 * Where an archive of generated articles (scripts/make-corpus.ts, seed 7) is
 * served: 500 of them on 11 March 2020, the rest spread over 40 years. Its
 * search index is cut into five shards, so searches cross shards.
 */
export const CORPUS_URL = `http://127.0.0.1:${PORT + 2}`;
/** The generated archive's size: HTML is validated and every link checked at this size. */
export const CORPUS_ARTICLES = 1000;
export const CORPUS_SHARD_SIZE = CORPUS_ARTICLES / 5;
/**
 * The generated archive's search documents, as its build handed them to
 * Pagefind (ARCHIVE_SEARCH_DOCUMENTS), one folder a shard: the tests index
 * them again as one Pagefind index to compare the archive's search with.
 */
export const CORPUS_DOCUMENTS = fileURLToPath(
  new URL('./dist-fixtures/corpus-documents/', import.meta.url),
);
/**
 * Where the seed archive built for https://news.example.org/archive/ is
 * served, under /archive/: its links must all be under that base path, and
 * its feeds, sitemap and canonical URLs under that site.
 */
export const BASE_PATH_URL = `http://127.0.0.1:${PORT + 3}`;
export const BASE_PATH_SITE = 'https://news.example.org';
export const BASE_PATH = '/archive/';
const corpusSeeds = fileURLToPath(new URL('./dist-fixtures/corpus-seeds/', import.meta.url));

/**
 * End-to-end tests run in Debian's Chromium (Playwright cannot download its
 * own browser here) against four builds, each served once by `astro preview`
 * for every test file: a generated archive, the seed archive, an archive
 * of hostile input, and the seed archive under a base path.
 * Playwright starts them one after the other, so the builds never share
 * Astro's content cache at the same time. Each build but the base path's
 * names its server as its site, so the absolute URLs of its feeds, sitemap
 * and canonical links resolve.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  reporter: 'list',
  // Guards against a hang, not checks of speed: on a machine busy with other
  // jobs a page takes seconds to load and an axe run many more, so Playwright's
  // defaults (30 s a test, 5 s an assertion) failed tests that were right.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node scripts/make-corpus.ts --articles ${CORPUS_ARTICLES} --seed 7 --crowded-day 2020-03-11 --out ${corpusSeeds} --replace && npm run build && astro preview --host 127.0.0.1 --port ${PORT + 2} --ignore-lock`,
      url: `${CORPUS_URL}/`,
      env: {
        ARCHIVE_SEEDS: corpusSeeds,
        ARCHIVE_OUT: 'dist-fixtures/corpus',
        ARCHIVE_SEARCH_SHARD_SIZE: String(CORPUS_SHARD_SIZE),
        ARCHIVE_SEARCH_DOCUMENTS: CORPUS_DOCUMENTS,
        ARCHIVE_SITE: CORPUS_URL,
      },
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      command: `npm run build && astro preview --host 127.0.0.1 --port ${PORT + 1} --ignore-lock`,
      url: `${HOSTILE_URL}/`,
      env: {
        ARCHIVE_SEEDS: fileURLToPath(new URL('./tests/fixtures/hostile/', import.meta.url)),
        ARCHIVE_OUT: 'dist-fixtures/hostile',
        ARCHIVE_SITE: HOSTILE_URL,
      },
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      command: `npm run build && astro preview --host 127.0.0.1 --port ${PORT + 3} --ignore-lock`,
      url: `${BASE_PATH_URL}${BASE_PATH}`,
      env: {
        ARCHIVE_SEEDS: fileURLToPath(new URL('./seeds/', import.meta.url)),
        ARCHIVE_OUT: 'dist-fixtures/base',
        ARCHIVE_SITE: BASE_PATH_SITE,
        ARCHIVE_BASE: BASE_PATH,
      },
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      command: `npm run build && astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
      url: `http://127.0.0.1:${PORT}/`,
      env: {
        ARCHIVE_SEEDS: fileURLToPath(new URL('./seeds/', import.meta.url)),
        ARCHIVE_SITE: `http://127.0.0.1:${PORT}`,
      },
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
    },
  ],
});
