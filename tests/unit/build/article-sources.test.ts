import { describe, expect, it } from 'vitest';
import { ArticleSources } from '../../../src/build/article-sources.ts';
import { filesDigest } from '../../../src/build/fingerprint.ts';
import { digestBytes } from '../../../src/lib/archive/read-archive.ts';

const ARTICLES = [
  { file: '1986/harbour.txt', digest: digestBytes(' date 1986-04-02 The harbour board met.') },
  { file: '1986/mill.txt', digest: digestBytes(' date 1986-04-03 The mill will close.') },
];

describe('ArticleSources', () => {
  it('has no digest before the loader has read the folder', () => {
    expect(new ArticleSources().digest).toBeNull();
  });

  it('keeps the digest of the files the loader read when every file was valid', () => {
    const sources = new ArticleSources();
    sources.read(ARTICLES, 0);
    expect(sources.digest).toBe(filesDigest(ARTICLES));
  });

  it('keeps no digest when a file was invalid, so that no later build is spared listing it', () => {
    const sources = new ArticleSources();
    sources.read(ARTICLES, 1);
    expect(sources.digest).toBeNull();
  });
});
