import { describe, expect, it } from 'vitest';
import { buildExcerpt, matchLocations } from '../../../../src/lib/search/excerpt.ts';
import { contentWords } from '../../../../src/lib/search/query-terms.ts';

/** Content of `count` words w0, w1, …: a word's text is its location. */
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');

describe('matchLocations', () => {
  const content = 'Harborview Mills closes plants; Harborview’s union objects to closing.';

  it('matches the locations whose words start with a term, as Pagefind extends terms', () => {
    expect(matchLocations(content, ['harborview'])).toEqual([0, 4]);
    expect(matchLocations(content, ['clos'])).toEqual([2, 8]);
    expect(matchLocations(content, ['union', 'plant'])).toEqual([3, 5]);
  });

  it('matches an exact word only where it stands, as Pagefind falls back to the longest word that starts a term', () => {
    expect(matchLocations('c CNN C++ cotton', [], ['c'])).toEqual([0, 2]);
  });

  it('matches a part of a hyphenated word at the word’s location', () => {
    expect(matchLocations('a 28-point plan', ['point'])).toEqual([1]);
  });

  it('matches words whose stems change after their first letter, though it stems only words that start like a term', () => {
    expect(
      matchLocations('Dying flies; lying skies, ugly Ties', ['die', 'sky', 'ugli', 'tie']),
    ).toEqual([0, 3, 4, 5]);
  });

  it('finds every location that stemming every word finds', () => {
    const article = [
      'Sen. Ana Ruiz-Olmo told reporters on Tuesday that the U.S. Treasury’s 28-point plan,',
      'which the Finance Ministry backed, would be debated by the lower house before its recess.',
      'Analysts at Harborview Capital Corp. said the plans were the biggest since 1987; “dying',
      'industries” got 12.5% more, the ministry’s own figures showed. 🇺🇸 McAllister & Sons rose.',
    ].join(' ');
    const words = contentWords(article);
    for (const [terms, exact] of [
      [['plan'], []],
      [['minist', 'financ'], []],
      [['us', 'treasuri'], []],
      [['die', 'industri', '28'], ['mc']],
      [['🇺🇸', 'mcallist', 'harborview'], []],
      [['the'], ['s']],
    ] as [string[], string[]][]) {
      const stemmed = words.flatMap((forms, location) =>
        forms.some((word) => exact.includes(word) || terms.some((term) => word.startsWith(term)))
          ? [location]
          : [],
      );
      expect(matchLocations(article, terms, exact)).toEqual(stemmed);
    }
  });
});

describe('buildExcerpt', () => {
  it('shows the middle one of the densest windows of matches, each in a mark', () => {
    // Windows starting at 55 to 60 all hold the three matches near 60; Pagefind's reckoning, one off, takes 57.
    const excerpt = buildExcerpt(numbered(100), [5, 60, 62, 64], { length: 10 });
    expect(excerpt).toBe(
      'w57 w58 w59 <mark>w60</mark> w61 <mark>w62</mark> w63 <mark>w64</mark> w65 w66',
    );
  });

  it('shows 30 words by default, from the start when the content is short', () => {
    expect(buildExcerpt(numbered(100), []).split(' ')).toHaveLength(30);
    expect(buildExcerpt('Mills close.', [1])).toBe('Mills <mark>close.</mark>');
  });

  it('ends the window at the end of the content', () => {
    expect(buildExcerpt(numbered(40), [39], { length: 5 })).toBe(
      'w35 w36 w37 w38 <mark>w39</mark>',
    );
  });

  it('escapes the content, which Pagefind stores as plain text', () => {
    expect(buildExcerpt('AT&T said <script>alert(1)</script> today', [0, 2])).toBe(
      '<mark>AT&amp;T</mark> said <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> today',
    );
  });

  it('starts after the headline, where the body repeats the headline’s words', () => {
    const content = `Mills close. ${numbered(60)}`;
    // The headline's "Mills" (0) and the body's w40 (location 42) match.
    expect(buildExcerpt(content, [0, 42], { length: 5, skip: 2 })).toBe(
      'w37 w38 w39 <mark>w40</mark> w41',
    );
    expect(buildExcerpt(content, [], { length: 3, skip: 2 })).toBe('w0 w1 w2');
  });

  it('shows the headline when only the headline matches', () => {
    expect(buildExcerpt(`Mills close. ${numbered(60)}`, [0], { length: 3, skip: 2 })).toBe(
      '<mark>Mills</mark> close. w0',
    );
  });
});
