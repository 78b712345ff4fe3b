import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, ROOT, scratch, tree, type Run } from './run.ts';

const { dir: top, remove } = scratch('output-safety-');
const seeds = join(top, 'newsroom/articles');
afterAll(remove);

beforeAll(() => {
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  mkdirSync(join(top, 'web-root/.git'), { recursive: true });
  writeFileSync(join(top, 'web-root/.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(top, 'web-root/index.php'), '<?php echo "the newsroom’s live site";');
  mkdirSync(join(top, 'home'));
  writeFileSync(join(top, 'home/.bashrc'), 'export EDITOR=nano\n');
});

/** The refusal: exit code 2, one line naming the folder's variable, and no article read. */
function expectRefused(run: Run, reason: string, variable = 'ARCHIVE_OUT'): void {
  expect(run.status).toBe(2);
  const lines = run.output.trim().split('\n');
  expect(lines[0]).toBe('The build did not start, and nothing was read or written:');
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^ {2}${variable}=".*": expected a new or empty folder, or one this tool wrote, found `,
        'u',
      ),
    ),
  ]);
  expect(lines[1]).toContain(reason);
}

describe('the output folder', () => {
  it.each([
    ['the folder of articles', () => seeds, 'the folder of articles'],
    [
      'a folder that holds the articles',
      () => join(top, 'newsroom'),
      'a folder that holds the articles',
    ],
    [
      'a folder of someone else’s files, .git included',
      () => join(top, 'web-root'),
      'a folder that holds files this tool did not write (.git, index.php',
    ],
    ['a home folder', () => join(top, 'home'), 'a home folder'],
    ['the project’s own .astro folder', () => '.astro', 'this project’s own folder .astro'],
  ])('is refused when it is %s, and nothing in it is touched', async (_, out, reason) => {
    const before = { top: tree(top), astro: tree(join(ROOT, '.astro')) };
    expectRefused(
      await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out(), HOME: join(top, 'home') }),
      reason,
    );
    expect({ top: tree(top), astro: tree(join(ROOT, '.astro')) }).toEqual(before);
  });

  it('lends its rules to the folder the search documents are kept in, which is refused with nothing in it touched', async () => {
    const before = tree(top);
    expectRefused(
      await build({
        ARCHIVE_SEEDS: seeds,
        ARCHIVE_OUT: join(top, 'site'),
        ARCHIVE_SEARCH_DOCUMENTS: join(top, 'web-root'),
      }),
      'a folder that holds files this tool did not write (.git, index.php',
      'ARCHIVE_SEARCH_DOCUMENTS',
    );
    expect(tree(top)).toEqual(before);
  });

  it.each([
    [
      'a folder of someone else’s files',
      () => join(top, 'web-root'),
      'a folder that holds files this tool did not write (.git, index.php',
    ],
    [
      'a folder inside the output folder',
      () => join(top, 'site/cache'),
      `a folder in or around ${join(top, 'site')} (ARCHIVE_OUT), which each build replaces`,
    ],
    ['the folder of articles', () => seeds, 'the folder of articles'],
  ])('lends its rules to the cache folder, which may not be %s', async (_, cache, reason) => {
    const before = tree(top);
    expectRefused(
      await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: join(top, 'site'), ARCHIVE_CACHE: cache() }),
      reason,
      'ARCHIVE_CACHE',
    );
    expect(tree(top)).toEqual(before);
  });

  it('is replaced by the next build once this tool has written it, and only then', async () => {
    const out = join(top, 'site');
    expect((await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out })).status).toBe(0);
    expect(readFileSync(join(out, '.news-archive'), 'utf8')).toContain('news-archive');
    expect((await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out })).status).toBe(0);
    // The same pages, without the marker, are someone else's files.
    const copy = join(top, 'copy');
    cpSync(out, copy, { recursive: true, filter: (source) => !source.endsWith('.news-archive') });
    const before = tree(copy);
    expectRefused(
      await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: copy }),
      'no .news-archive file',
    );
    expect(tree(copy)).toEqual(before);
  });

  it('and the articles, given as relative paths, are both taken from where the command was typed', async () => {
    const typedIn = join(top, 'newsroom');
    const run = await build({
      INIT_CWD: typedIn,
      ARCHIVE_SEEDS: 'articles',
      ARCHIVE_OUT: 'public-site',
    });
    expect(run.status).toBe(0);
    expect(existsSync(join(typedIn, 'public-site/index.html'))).toBe(true);
    expect(existsSync(join(ROOT, 'public-site'))).toBe(false);
  });
});

describe('a bad setting', () => {
  it.each([
    ['ARCHIVE_SITE', 'ftp://news.example.org'],
    ['ARCHIVE_SITE', ''],
    ['ARCHIVE_SITE', 'news.example.org'],
    ['ARCHIVE_BASE', '//evil.example/'],
    ['ARCHIVE_BASE', '/../'],
    ['ARCHIVE_SEEDS', '/no/such/folder'],
    ['ARCHIVE_SKIP_INVALID', 'yes'],
    ['ARCHIVE_SEARCH_SHARD_SIZE', 'many'],
    ['ARCHIVE_SEED', '/data/articles'],
  ])(
    '%s=%j stops the build before anything is read or written, in one line naming it',
    async (variable, value) => {
      const out = join(top, `never-${variable}`);
      const run = await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out, [variable]: value });
      expect(run.status).toBe(2);
      const lines = run.output.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(new RegExp(`^ {2}${variable}(="[^"]*")?: expected .+`, 'u'));
      // The value is shown, but of a variable the build does not read.
      if (variable !== 'ARCHIVE_SEED') expect(lines[1]).toContain(`${variable}="${value}"`);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('an unknown flag stops the build before anything is read or written, naming it', async () => {
    const out = join(top, 'never-flag');
    const run = await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out }, ['--forse']);
    expect(run.status).toBe(2);
    expect(run.output.trim()).toBe(
      'The build did not start: expected --force or --clean or nothing, found --forse',
    );
    expect(existsSync(out)).toBe(false);
  });
});
