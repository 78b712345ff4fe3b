import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MARKER, openBuildCache } from '../../../src/build/build-cache.ts';

const OWNER = { settings: 's'.repeat(64), code: 'c'.repeat(64) };

describe('openBuildCache', () => {
  let top: string;
  const folder = () => join(top, 'cache');
  /** A build that keeps a page in Astro's part of the cache; `finish` says whether its site was published. */
  const buildOnce = (owner = OWNER, finish = true, ignore?: string) => {
    const cache = openBuildCache(folder(), owner, ignore);
    mkdirSync(cache.astro, { recursive: true });
    writeFileSync(join(cache.astro, 'page.html'), '<h1>Harbour board</h1>');
    if (finish) cache.seal();
    return cache;
  };
  const keptPage = () => existsSync(join(folder(), 'astro', 'page.html'));

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'build-cache-'));
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('starts empty, marked as the build cache, in a folder that did not exist', () => {
    const cache = openBuildCache(folder(), OWNER);
    expect(cache.found).toBe('empty, nothing kept yet');
    expect(cache.reused).toBe(false);
    expect(readdirSync(folder()).toSorted()).toEqual([CACHE_MARKER, 'build.json']);
    expect([cache.astro, cache.search, cache.articles]).toEqual([
      join(folder(), 'astro'),
      join(folder(), 'search'),
      join(folder(), 'articles'),
    ]);
  });

  it('gives the next build of the same settings and code what a finished build kept', () => {
    buildOnce();
    const next = openBuildCache(folder(), OWNER);
    expect(next.found).toBe('reused, as the last build left it');
    expect(next.reused).toBe(true);
    expect(keptPage()).toBe(true);
  });

  it('empties what a build that did not finish left', () => {
    buildOnce(OWNER, false);
    expect(openBuildCache(folder(), OWNER).found).toBe(
      'emptied, since the build that wrote it did not finish',
    );
    expect(keptPage()).toBe(false);
  });

  it('marks the cache unfinished while a build runs, so a build stopped after reusing it leaves it distrusted', () => {
    buildOnce();
    openBuildCache(folder(), OWNER);
    expect(openBuildCache(folder(), OWNER).found).toBe(
      'emptied, since the build that wrote it did not finish',
    );
  });

  it('empties a cache written by other code or for other settings', () => {
    buildOnce();
    expect(openBuildCache(folder(), { ...OWNER, code: 'd'.repeat(64) }).found).toBe(
      'emptied, since it was written by another version of the project’s code, its dependencies or Node',
    );
    expect(keptPage()).toBe(false);
    buildOnce();
    expect(openBuildCache(folder(), { ...OWNER, settings: 't'.repeat(64) }).found).toBe(
      'emptied, since it was written for other settings that shape the site',
    );
  });

  it('empties a cache whose record is missing, cut short or of another format, keeping its marker', () => {
    for (const [record, why] of [
      [undefined, 'it has no build.json saying which build wrote it'],
      [
        '{"tool":"news-archive","format":1,"sett',
        'its build.json is not one this version of the project writes',
      ],
      [
        JSON.stringify({ tool: 'news-archive', format: 2, ...OWNER, complete: true }),
        'its build.json is not one this version of the project writes',
      ],
    ] as const) {
      buildOnce();
      rmSync(join(folder(), 'build.json'));
      if (record !== undefined) writeFileSync(join(folder(), 'build.json'), record);
      expect(openBuildCache(folder(), OWNER).found, record).toBe(`emptied, since ${why}`);
      expect(keptPage()).toBe(false);
      expect(existsSync(join(folder(), CACHE_MARKER))).toBe(true);
    }
  });

  it('empties a trusted cache when the build is told to ignore it', () => {
    buildOnce();
    expect(openBuildCache(folder(), OWNER, '--clean was given').found).toBe(
      'emptied, since --clean was given',
    );
    expect(keptPage()).toBe(false);
  });
});
