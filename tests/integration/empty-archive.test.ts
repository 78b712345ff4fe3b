import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/bench/pages.ts';
import { withPreview } from '../../scripts/bench/preview.ts';
import { htmlErrors } from '../html-checker.ts';
import { build, ROOT, scratch, type Run } from './run.ts';

const { dir, remove } = scratch('empty-archive-');
afterAll(remove);

/** A folder of seeds: none at all, or only the invalid fixtures. */
function seedFolder(name: string, files: readonly string[]): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const file of files)
    copyFileSync(join(ROOT, 'tests/fixtures/invalid', file), join(folder, file));
  return folder;
}

const invalidFiles = readdirSync(join(ROOT, 'tests/fixtures/invalid')).filter(
  (file) => file !== 'valid.txt',
);

/** Every file a complete site has, with no article in it: its pages, feeds, sitemap, and the search the search page loads. */
const SITE_FILES = [
  'index.html',
  'search/index.html',
  '404.html',
  'people/index.html',
  'places/index.html',
  'organisations/index.html',
  'rss.xml',
  'atom.xml',
  'sitemap-index.xml',
  'robots.txt',
  'pagefind/pagefind.js',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-component-ui.css',
  'pagefind/archive/meta.pfa',
];

/** A port no other server is listening on, as the system hands them out. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The result summary of a search on the served site, once it says there is nothing, and the errors the page logged. */
async function searchNothing(
  site: string,
  term: string,
): Promise<{ summary: string; errors: string[] }> {
  return withPreview(site, await freePort(), async (browser, origin) => {
    const errors: string[] = [];
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/search/?q=${term}`);
    const summary = page.locator('pagefind-summary');
    await summary.getByText('No results').waitFor();
    return { summary: await summary.innerText(), errors };
  });
}

/** The two ways to an archive with no article: an empty folder, and a folder of invalid files only with ARCHIVE_SKIP_INVALID=1. */
const BUILDS = [
  { name: 'empty', files: [], env: {} },
  { name: 'invalid', files: invalidFiles, env: { ARCHIVE_SKIP_INVALID: '1' } },
].map((source) => ({ ...source, out: join(dir, `site-${source.name}`) }));

describe('a build of an archive with no article', () => {
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    for (const { name, files, env, out } of BUILDS)
      runs.set(
        name,
        await build({ ARCHIVE_SEEDS: seedFolder(name, files), ARCHIVE_OUT: out, ...env }),
      );
  });

  it.each(BUILDS)(
    'from the $name folder succeeds, writing every page, feed, sitemap and search file',
    ({ name, out }) => {
      const { status, output } = runs.get(name)!;
      expect(status, output).toBe(0);
      for (const file of SITE_FILES) expect(existsSync(join(out, file)), file).toBe(true);
      expect(
        JSON.parse(gunzipSync(readFileSync(join(out, 'pagefind/archive/meta.pfa'))).toString()),
      ).toMatchObject({ docs: 0, chunks: [], months: [] });
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
        'The archive has no articles yet.',
      );
    },
  );

  it('has valid pages in both builds', () => {
    // One run of the checker for both: each start of its JVM takes seconds.
    const pages = BUILDS.flatMap(({ name, out }) =>
      htmlFiles(pathToFileURL(`${out}/`)).map((file) => `site-${name}/${file}`),
    );
    expect(pages.length).toBeGreaterThan(BUILDS.length);
    expect(htmlErrors(dir, pages)).toEqual([]);
  });

  it('has a search page that finds nothing, and logs no error', async () => {
    expect(await searchNothing(BUILDS[0]!.out, 'harbour')).toEqual({
      summary: 'No results for “harbour”',
      errors: [],
    });
  });
});
