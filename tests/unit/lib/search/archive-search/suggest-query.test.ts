import { describe, expect, it } from 'vitest';
import type { SuggestWord } from '../../../../../src/lib/search/archive-index/suggest-chunk.ts';
import { suggestQuery } from '../../../../../src/lib/search/archive-search/suggest-query.ts';

const VOCABULARY: Record<string, SuggestWord[]> = {
  bu: [
    { word: 'Bundesbank', count: 120 },
    { word: 'bushels', count: 30 },
  ],
  co: [
    { word: 'cocoa', count: 400 },
    { word: 'coca', count: 3 },
    { word: 'coffee', count: 250 },
  ],
  ra: [{ word: 'rate', count: 800 }],
};

/** The chunks asked for, and their words. */
function chunks() {
  const asked: string[] = [];
  const chunk = (key: string) => {
    asked.push(key);
    return Promise.resolve(VOCABULARY[key] ?? []);
  };
  return { asked, chunk };
}

describe('suggestQuery', () => {
  it('replaces a word the archive does not hold with its nearest, as the archive writes it', async () => {
    expect(await suggestQuery('bundesbnak', chunks().chunk)).toBe('Bundesbank');
  });

  it('keeps the words the archive holds, and the punctuation around a replaced word', async () => {
    expect(await suggestQuery('"Bundesbnak rate"', chunks().chunk)).toBe('"Bundesbank rate"');
  });

  it('replaces a word the archive holds when a near word is written at least ten times as often', async () => {
    expect(await suggestQuery('coca', chunks().chunk)).toBe('cocoa');
    expect(await suggestQuery('coffee', chunks().chunk)).toBeUndefined();
  });

  it('offers nothing when no word is near, or the query has no word to correct', async () => {
    expect(await suggestQuery('zeppelin', chunks().chunk)).toBeUndefined();
    expect(await suggestQuery('1987 $', chunks().chunk)).toBeUndefined();
  });

  it('asks only for the chunks of the query’s words, and of their first two letters swapped', async () => {
    const { asked, chunk } = chunks();
    await suggestQuery('ubndesbank 1987', chunk);
    expect(asked.sort()).toEqual(['bu', 'ub']);
  });

  it('finds a word whose first two letters were swapped', async () => {
    expect(await suggestQuery('ubndesbank', chunks().chunk)).toBe('Bundesbank');
  });
});
