import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/make-corpus.ts';
import { articlePages, build, scratch, tree, type Run } from './run.ts';

const ARTICLES = 40;
const { dir, remove } = scratch('unchanged-rebuild-');
const seeds = join(dir, 'articles');
const out = join(dir, 'site');
const env = { ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out };
const KEPT = new RegExp(
  `^\\[archive\\] check  archive unchanged since the last build: 0 of ${ARTICLES} articles rendered, published site kept \\(checked in \\d+\\.\\d s\\)$`,
  'mu',
);
const RENDERED = /^\[archive\] render /mu;

/** The published home page's inode and modification time: the same only if no build replaced it. */
const homePage = () => {
  const { ino, mtimeMs } = statSync(join(out, 'index.html'));
  return { ino, mtimeMs };
};

/** The article pages that hold `text`. */
const pagesWith = (text: string) =>
  articlePages(out).filter((page) =>
    readFileSync(join(out, page, 'index.html'), 'utf8').includes(text),
  );

let first: Run;

beforeAll(async () => {
  writeCorpus(seeds, { articles: ARTICLES, seed: 5 });
  first = await build(env);
});
afterAll(remove);

describe('a build of an archive built before', () => {
  it('builds in full the first time, and says why', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(
      `[archive] check  full build: nothing is published at ${out} yet`,
    );
    expect(first.output).toMatch(RENDERED);
  });

  it('keeps the published site, untouched, when nothing that shapes it changed', async () => {
    const before = { home: homePage(), files: tree(out) };
    const run = await build(env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(KEPT);
    expect(run.output).not.toMatch(RENDERED);
    expect(homePage()).toEqual(before.home);
    expect(tree(out)).toEqual(before.files);
  });

  it('builds in full, and publishes the change, when one article changed', async () => {
    const home = homePage();
    const [folder] = readdirSync(seeds);
    const [file] = readdirSync(join(seeds, folder!)).toSorted();
    appendFileSync(
      join(seeds, folder!, file!),
      '\n\nHarbour master Edwin Palmer said the Tollbridge basin would reopen on Monday.\n',
    );
    expect(pagesWith('Edwin Palmer')).toEqual([]);
    const run = await build(env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(
      '[archive] check  full build: the articles changed since the last build',
    );
    expect(run.output).toMatch(RENDERED);
    expect(pagesWith('Edwin Palmer')).toHaveLength(1);
    expect(homePage().ino).not.toBe(home.ino);
    expect((await build(env)).output).toMatch(KEPT);
  });

  it('builds in full, and puts the file back, when a file of the published site was removed', async () => {
    const before = tree(out);
    rmSync(join(out, '404.html'));
    const run = await build(env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(
      '[archive] check  full build: the published site is not as the last build wrote it: missing 404.html',
    );
    expect(existsSync(join(out, '404.html'))).toBe(true);
    expect(Object.keys(tree(out))).toEqual(Object.keys(before));
  });

  it('builds in full when a file was added to the published site, and the file is gone', async () => {
    writeFileSync(join(out, 'notes.txt'), 'Left here by hand.');
    const run = await build(env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('not written by the build notes.txt');
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
  });

  it('builds in full when a setting that shapes the site changed', async () => {
    const run = await build({ ...env, ARCHIVE_TITLE: 'Tollbridge Courier Archive' });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(
      '[archive] check  full build: the settings that shape the site changed since the last build',
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Tollbridge Courier Archive');
  });

  it('builds in full with --force, though nothing changed', async () => {
    const title = { ARCHIVE_TITLE: 'Tollbridge Courier Archive' };
    expect((await build({ ...env, ...title })).output).toMatch(KEPT);
    const home = homePage();
    const run = await build({ ...env, ...title }, ['--force']);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('[archive] check  full build: --force given');
    expect(run.output).toMatch(RENDERED);
    expect(homePage().ino).not.toBe(home.ino);
  });

  it('never keeps a site built beside invalid files: every build lists them again', async () => {
    writeFileSync(join(seeds, 'zz-no-date.txt'), 'The council met on Thursday.\n');
    const skip = { ...env, ARCHIVE_SKIP_INVALID: '1' };
    const first = await build(skip);
    expect(first.status, first.output).toBe(0);
    const again = await build(skip);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(
      '[archive] check  full build: the last build had invalid articles, which every build lists',
    );
    expect(again.output).toContain('zz-no-date.txt');
    expect(again.output).toMatch(RENDERED);
  });
});
