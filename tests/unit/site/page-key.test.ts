import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../../src/site/articles.ts';
import { pageKey, withPageKeys } from '../../../src/site/page-key.ts';

const DATA: ArticleEntry['data'] = {
  date: '1986-04-02',
  headline: 'Harbour board votes to dredge',
  summary: 'The Tollbridge harbour board voted on Tuesday to dredge the north basin.',
  slug: 'harbour-board-votes-to-dredge',
  wordCount: 240,
  readingMinutes: 1,
  sourceFile: '1986/harbour.txt',
  sourceDigest: 'a'.repeat(64),
  related: ['1986/04/03/mill-to-close'],
  entities: [{ kind: 'place', slug: 'tollbridge', name: 'Tollbridge' }],
};

/** An article entry as `getCollection` gives it, a new object each time. */
const entry = (data: Partial<ArticleEntry['data']> = {}, filePath = 'seeds/1986/harbour.txt') =>
  ({
    id: '1986/04/02/harbour-board-votes-to-dredge',
    collection: 'articles',
    data: { ...DATA, ...data },
    filePath,
  }) as ArticleEntry;

describe('pageKey', () => {
  it('is the same for the same articles, however many times they are read', () => {
    expect(pageKey({ entry: entry(), total: 3 })).toBe(pageKey({ entry: entry(), total: 3 }));
  });

  it('changes when anything a page shows of an article changes: its data, its file or its bytes', () => {
    const key = pageKey({ entry: entry() });
    expect(pageKey({ entry: entry({ headline: 'Harbour board delays dredging' }) })).not.toBe(key);
    expect(pageKey({ entry: entry({ sourceDigest: 'b'.repeat(64) }) })).not.toBe(key);
    expect(pageKey({ entry: entry({}, 'seeds/1986/harbour-renamed.txt') })).not.toBe(key);
  });

  it('stays the same when only the article’s related articles change, which pages are given as entries of their own', () => {
    expect(pageKey({ entry: entry({ related: [] }) })).toBe(pageKey({ entry: entry() }));
  });

  it('reads maps and sets by their contents', () => {
    const counts = (march: number) =>
      new Map([
        ['1987-03', march],
        ['1987-04', 7],
      ]);
    expect(pageKey({ counts: counts(9) })).toBe(pageKey({ counts: counts(9) }));
    expect(pageKey({ counts: counts(10) })).not.toBe(pageKey({ counts: counts(9) }));
    expect(pageKey({ days: new Set(['1987-03-02']) })).not.toBe(
      pageKey({ days: new Set(['1987-03-03']) }),
    );
  });
});

describe('withPageKeys', () => {
  it('gives each path the key of its props, keeping its params', () => {
    const paths = withPageKeys([
      { params: { year: '1986' }, props: { total: 1 } },
      { params: { year: '1987' }, props: { total: 2 } },
    ]);
    expect(paths.map(({ params }) => params.year)).toEqual(['1986', '1987']);
    expect(paths.map(({ cacheKey }) => cacheKey)).toEqual([
      pageKey({ total: 1 }),
      pageKey({ total: 2 }),
    ]);
  });
});
