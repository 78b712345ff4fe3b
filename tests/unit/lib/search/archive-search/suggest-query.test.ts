import { describe, expect, it } from 'vitest';
import {
  foldWord,
  suggestKey,
  type SuggestChunkKey,
  type SuggestWord,
} from '../../../../../src/lib/search/archive-index/suggest-chunk.ts';
import { suggestQuery } from '../../../../../src/lib/search/archive-search/suggest-query.ts';

const VOCABULARY: SuggestWord[] = [
  { word: 'Bundesbank', count: 120 },
  { word: 'bushels', count: 30 },
  { word: 'cocoa', count: 400 },
  { word: 'coca', count: 3 },
  { word: 'coffee', count: 250 },
  { word: 'rate', count: 800 },
];

/** Articles the index finds each word in; a word not listed is in none. */
const FOUND: Record<string, number> = {
  bundesbank: 120,
  rate: 800,
  coffee: 250,
  coca: 2,
  cocoa: 400,
};

/** The sources of a suggestion, recording the chunks asked for. */
function sources() {
  const asked: string[] = [];
  return {
    asked,
    articles: (word: string) => Promise.resolve(FOUND[word.toLowerCase()] ?? 0),
    chunk: (key: SuggestChunkKey) => {
      asked.push(`${key.prefix}/${key.length}`);
      const inChunk = ({ word }: SuggestWord) => {
        const { prefix, length } = suggestKey(foldWord(word));
        return prefix === key.prefix && length === key.length;
      };
      return Promise.resolve(VOCABULARY.filter(inChunk));
    },
  };
}

describe('suggestQuery', () => {
  it('replaces a word the archive does not hold with its nearest, as the archive writes it', async () => {
    expect(await suggestQuery('bundesbnak', sources())).toBe('Bundesbank');
  });

  it('keeps the words the archive holds, and the punctuation around a replaced word', async () => {
    expect(await suggestQuery('"Bundesbnak rate"', sources())).toBe('"Bundesbank rate"');
  });

  it('replaces a word found in fewer than three articles when a near word is written at least ten times as often', async () => {
    expect(await suggestQuery('coca', sources())).toBe('cocoa');
    expect(await suggestQuery('coffee', sources())).toBeUndefined();
  });

  it('offers nothing when no word is near, or the query has no word to correct', async () => {
    expect(await suggestQuery('zeppelin', sources())).toBeUndefined();
    expect(await suggestQuery('1987 $', sources())).toBeUndefined();
  });

  it('asks only for the chunks of the words the index finds in few articles: their first two letters and them swapped, at the lengths two edits reach', async () => {
    const found = sources();
    await suggestQuery('ubndesbank rate 1987', found);
    expect(found.asked.sort()).toEqual(
      ['bu/8', 'bu/9', 'bu/10', 'bu/11', 'bu/12', 'ub/8', 'ub/9', 'ub/10', 'ub/11', 'ub/12'].sort(),
    );
  });

  it('leaves a word the index finds in three articles or more as typed, even beside a far commoner near word', async () => {
    const found = sources();
    expect(
      await suggestQuery('coca', { ...found, articles: () => Promise.resolve(3) }),
    ).toBeUndefined();
    expect(found.asked).toEqual([]);
  });

  it('finds a word whose first two letters were swapped', async () => {
    expect(await suggestQuery('ubndesbank', sources())).toBe('Bundesbank');
  });
});
