import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueSlugs } from '../../../../src/lib/archive/url-keys.ts';
import { articleSlug, fileKey } from '../../../../src/lib/derive/slug.ts';

const article = (
  sourceFile: string,
  headline = 'Council approves the harbour budget',
  date = '2025-03-14',
) => ({ date, headline, sourceFile, slug: articleSlug(headline, sourceFile) });

describe('uniqueSlugs', () => {
  it('gives report-1737.txt and report-6328.txt, same day and same lead, distinct slugs: the key that sorts first stays short', () => {
    expect(fileKey('report-1737.txt')).toBe(fileKey('report-6328.txt'));
    const slugs = uniqueSlugs([article('report-1737.txt'), article('report-6328.txt')]);
    expect(slugs).toEqual([
      `council-approves-the-harbour-budget-${fileKey('report-1737.txt', 1)}`,
      `council-approves-the-harbour-budget-${fileKey('report-6328.txt')}`,
    ]);
  });

  it('leaves every slug that clashes with nothing as it is', () => {
    const articles = [
      article('a.txt'),
      article('b.txt'),
      article('report-1737.txt', 'Another lead'),
      article('report-6328.txt', 'Same lead', '2025-03-15'),
    ];
    expect(uniqueSlugs(articles)).toEqual(articles.map((a) => a.slug));
  });

  it('changes no slug but a clashing one’s when files are added', () => {
    const before = uniqueSlugs([article('report-1737.txt'), article('a.txt')]);
    const after = uniqueSlugs([
      article('report-1737.txt'),
      article('a.txt'),
      article('b.txt'),
      article('c.txt', 'Other lead'),
    ]);
    expect(after.slice(0, 2)).toEqual(before);
  });

  it('tells apart names that differ only in how their letters are composed', () => {
    const slugs = uniqueSlugs([article('café.txt'), article('cafe\u0301.txt')]);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs.some((slug) => slug.endsWith(fileKey('café.txt')))).toBe(true);
  });

  it('gives every article of any set of files a slug of its own, whatever order they come in', () => {
    const names = fc.constantFrom(
      'report-1737.txt',
      'report-6328.txt',
      'café.txt',
      'cafe\u0301.txt',
      'a.txt',
      'b.txt',
      'sub/report-1737.txt',
    );
    const files = fc.uniqueArray(
      fc.record({
        sourceFile: names,
        headline: fc.constantFrom('Same lead', 'Other lead'),
        date: fc.constantFrom('2025-03-14', '2025-03-15'),
      }),
      {
        selector: (file) => file.sourceFile,
        minLength: 1,
      },
    );
    // A set of files, and the same files in another order.
    const shuffled = files.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray([...list.keys()], { minLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([chosen, order]) => {
        const articles = chosen.map(({ sourceFile, headline, date }) =>
          article(sourceFile, headline, date),
        );
        const slugs = uniqueSlugs(articles);
        const ids = articles.map(({ date }, index) => `${date}/${slugs[index]}`);
        expect(new Set(ids).size).toBe(ids.length);
        expect(uniqueSlugs(order.map((index) => articles[index]!))).toEqual(
          order.map((index) => slugs[index]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
