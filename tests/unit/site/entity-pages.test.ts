import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../../src/site/articles.ts';
import { entityPagePaths } from '../../../src/site/entity-pages.ts';

/** The `n`th article naming Marta Quill, one a day from 1984. */
const article = (n: number) =>
  ({
    id: `article-${n}`,
    collection: 'articles',
    filePath: `seeds/quill-${n}.txt`,
    data: {
      date: new Date(Date.UTC(1984, 0, 1 + n)).toISOString().slice(0, 10),
      headline: `Quill report number ${n}`,
      summary: 'Marta Quill spoke.',
      slug: `quill-report-${n}`,
      wordCount: 120,
      readingMinutes: 1,
      sourceFile: `quill-${n}.txt`,
      sourceDigest: String(n).padStart(64, '0'),
      related: [],
      entities: [{ kind: 'person', slug: 'marta-quill', name: 'Marta Quill' }],
    },
  }) as ArticleEntry;

/** Marta Quill's pages when `count` articles name her. */
function quillPages(count: number) {
  const articles = Array.from({ length: count }, (_, n) => article(n));
  return entityPagePaths({
    person: [{ kind: 'person', slug: 'marta-quill', name: 'Marta Quill', articles }],
    place: [],
    organisation: [],
  });
}

describe('entityPagePaths', () => {
  it('gives the count of articles on the first page, and on later ones which articles they list', () => {
    const pages = quillPages(450);
    expect(pages.map(({ params }) => params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(pages.map(({ props }) => [props.total, props.before])).toEqual([
      [450, 0],
      [undefined, 200],
      [undefined, 400],
    ]);
  });

  it('keeps the key of every page between the first and the last when a new article names the entity', () => {
    const [first, middle, last] = quillPages(450).map((page) => page.cacheKey);
    const after = quillPages(451).map((page) => page.cacheKey);
    expect(after[1]).toBe(middle);
    expect(after[0]).not.toBe(first);
    expect(after[2]).not.toBe(last);
  });
});
