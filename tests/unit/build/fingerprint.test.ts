import { describe, expect, it } from 'vitest';
import {
  codeDigest,
  filesDigest,
  fingerprintChange,
  outputSettings,
  settingsDigest,
  type Fingerprint,
} from '../../../src/build/fingerprint.ts';
import type { ArchiveConfig } from '../../../src/config/archive-config.ts';
import { digestBytes, type FileDigest } from '../../../src/lib/archive/read-archive.ts';

const ARTICLES: Record<string, string> = {
  '1986/harbour.txt':
    ' date 1986-04-02 The Tollbridge harbour board voted on Tuesday to dredge the north basin.',
  '1986/mill.txt':
    ' date 1986-04-03 Brackley Textiles said it would close its Wendover mill by June, cutting 140 jobs.',
  '1987/ferry.txt':
    ' date 1987-01-12 A ferry strike kept Calder Line vessels in port for a third day, union officials said.',
};

const files = (articles: Record<string, string>): FileDigest[] =>
  Object.entries(articles).map(([file, text]) => ({ file, digest: digestBytes(text) }));

const CONFIG: ArchiveConfig = {
  seeds: '/srv/wire/articles',
  skipInvalid: false,
  out: '/srv/www/archive',
  site: 'https://news.example.org',
  base: '/archive/',
  title: 'Tollbridge Courier Archive',
  shardSize: 2500,
  cache: '/srv/cache/archive',
};

describe('filesDigest', () => {
  const digest = filesDigest(files(ARTICLES));

  it('is the same for the same files, in whatever order they are listed', () => {
    expect(filesDigest(files(ARTICLES))).toBe(digest);
    expect(filesDigest(files(ARTICLES).toReversed())).toBe(digest);
  });

  it('changes with any byte of any article', () => {
    for (const [file, text] of Object.entries(ARTICLES))
      for (let at = 0; at < text.length; at++) {
        const edited = `${text.slice(0, at)}${text[at] === 'x' ? 'y' : 'x'}${text.slice(at + 1)}`;
        expect(filesDigest(files({ ...ARTICLES, [file]: edited })), `${file}@${at}`).not.toBe(
          digest,
        );
      }
  });

  it('changes when a file is renamed, moved to another folder, added or removed', () => {
    const { '1986/mill.txt': mill, ...others } = ARTICLES;
    expect(filesDigest(files({ ...others, '1986/mill-closure.txt': mill! }))).not.toBe(digest);
    expect(filesDigest(files({ ...others, '1987/mill.txt': mill! }))).not.toBe(digest);
    expect(
      filesDigest(files({ ...ARTICLES, '1987/budget.txt': ' date 1987-03-01 The council met.' })),
    ).not.toBe(digest);
    expect(filesDigest(files(others))).not.toBe(digest);
  });

  it('tells a path from the bytes that follow it', () => {
    const same = digestBytes('same');
    expect(filesDigest([{ file: 'a', digest: same }])).not.toBe(
      filesDigest([{ file: 'a\0', digest: same }]),
    );
  });
});

describe('outputSettings and settingsDigest', () => {
  const digest = settingsDigest(outputSettings(CONFIG));

  it('changes with every setting that shapes the site', () => {
    for (const change of [
      { site: 'https://archive.example.org' },
      { base: '/courier/' },
      { title: 'Tollbridge Courier' },
      { shardSize: 1000 },
    ])
      expect(
        settingsDigest(outputSettings({ ...CONFIG, ...change })),
        Object.keys(change)[0],
      ).not.toBe(digest);
  });

  it('stays the same when only where the articles are read from, the site written to or the cache kept changes', () => {
    expect(
      settingsDigest(
        outputSettings({
          ...CONFIG,
          seeds: '/mnt/copy/articles',
          out: '/var/www/archive',
          searchDocuments: '/tmp/documents',
          skipInvalid: true,
          cache: '/var/cache/archive',
        }),
      ),
    ).toBe(digest);
  });

  it('does not depend on the order of the keys', () => {
    const reversed = Object.fromEntries(Object.entries(outputSettings(CONFIG)).toReversed());
    expect(settingsDigest(reversed)).toBe(digest);
  });
});

describe('codeDigest', () => {
  const code = files({
    'src/pages/index.astro': '<h1>Archive</h1>',
    'package-lock.json': '{"lockfileVersion":3}',
  });
  const digest = codeDigest(code, 'node v24.21.0 linux x64');

  it('changes with a byte of a project file, an added file, and the runtime', () => {
    const edited = files({
      'src/pages/index.astro': '<h1>Archives</h1>',
      'package-lock.json': '{"lockfileVersion":3}',
    });
    expect(codeDigest(edited, 'node v24.21.0 linux x64')).not.toBe(digest);
    expect(
      codeDigest(
        [...code, { file: 'public/robots.txt', digest: digestBytes('') }],
        'node v24.21.0 linux x64',
      ),
    ).not.toBe(digest);
    expect(codeDigest(code, 'node v24.22.0 linux x64')).not.toBe(digest);
    expect(codeDigest(code, 'node v24.21.0 linux x64')).toBe(digest);
  });
});

describe('fingerprintChange', () => {
  const built: Fingerprint = { articles: 'a1', settings: 's1', code: 'c1' };

  it('is undefined for equal fingerprints', () => {
    expect(fingerprintChange(built, { ...built })).toBeUndefined();
  });

  it('names every part that changed', () => {
    expect(fingerprintChange(built, { ...built, articles: 'a2' })).toBe(
      'the articles changed since the last build',
    );
    expect(fingerprintChange(built, { articles: 'a1', settings: 's2', code: 'c2' })).toBe(
      'the settings that shape the site and the project’s code, its dependencies or Node changed since the last build',
    );
  });
});
