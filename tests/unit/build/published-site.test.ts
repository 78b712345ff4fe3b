import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesDigest } from '../../../src/build/fingerprint.ts';
import { publishedSiteReuse } from '../../../src/build/published-site.ts';
import { writeSiteRecord } from '../../../src/build/site-record.ts';
import { digestArchive } from '../../../src/lib/archive/read-archive.ts';

const NOW = { settings: 's'.repeat(64), code: 'c'.repeat(64) };

describe('publishedSiteReuse', () => {
  let top: string;
  const seeds = () => join(top, 'articles');
  const out = () => join(top, 'site');
  /** Publishes a site by hand, recorded as built from the articles as they are now. */
  const publish = (articles: string | null = filesDigest(digestArchive(seeds()).files)) => {
    mkdirSync(out());
    writeFileSync(join(out(), 'index.html'), '<h1>Tollbridge Courier Archive</h1>');
    writeSiteRecord(out(), { ...NOW, articles });
  };

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'published-site-'));
    mkdirSync(seeds());
    writeFileSync(join(seeds(), 'harbour.txt'), ' date 1986-04-02 The harbour board met.');
    writeFileSync(join(seeds(), 'mill.txt'), ' date 1986-04-03 The mill will close.');
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('keeps a site built from the same articles, settings and code, and says what the folder holds', () => {
    writeFileSync(join(seeds(), 'notes.md'), '# notes');
    publish();
    expect(publishedSiteReuse(out(), seeds(), NOW)).toEqual({
      reuse: true,
      articles: 2,
      notices: [`Ignored 1 file(s) in ${seeds()} that are not .txt articles: notes.md`],
    });
  });

  it('builds when nothing is published yet', () => {
    expect(publishedSiteReuse(out(), seeds(), NOW)).toEqual({
      reuse: false,
      reason: `nothing is published at ${out()} yet`,
    });
  });

  it('builds when an article, the settings or the code changed', () => {
    publish();
    expect(publishedSiteReuse(out(), seeds(), { ...NOW, code: 'd'.repeat(64) })).toEqual({
      reuse: false,
      reason: 'the project’s code, its dependencies or Node changed since the last build',
    });
    writeFileSync(join(seeds(), 'mill.txt'), ' date 1986-04-03 The mill will stay open.');
    expect(publishedSiteReuse(out(), seeds(), NOW)).toEqual({
      reuse: false,
      reason: 'the articles changed since the last build',
    });
  });

  it('builds when the last build had invalid files, or a file cannot be read now', () => {
    publish(null);
    expect(publishedSiteReuse(out(), seeds(), NOW)).toMatchObject({
      reuse: false,
      reason: 'the last build had invalid articles, which every build lists',
    });
    rmSync(out(), { recursive: true });
    symlinkSync('gone.txt', join(seeds(), 'ferry.txt'));
    publish();
    expect(publishedSiteReuse(out(), seeds(), NOW)).toEqual({
      reuse: false,
      reason: '1 article file(s) cannot be read, which the build lists',
    });
  });

  it('builds when the published site is not as it was written', () => {
    publish();
    writeFileSync(join(out(), 'index.html'), '<h1>Defaced</h1>');
    expect(publishedSiteReuse(out(), seeds(), NOW)).toEqual({
      reuse: false,
      reason: 'the published site is not as the last build wrote it: changed index.html',
    });
  });
});
