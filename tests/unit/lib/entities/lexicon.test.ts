import { describe, expect, it } from 'vitest';
import { isCommonWord, isName } from '../../../../src/lib/entities/lexicon.ts';

describe('isCommonWord', () => {
  it('takes words in common use for common words, whatever their capital', () => {
    for (const word of ['Meanwhile', 'Shares', 'Governor', 'However'])
      expect(isCommonWord(word), word).toBe(true);
  });

  it('takes names, acronyms and words no list knows for no common word', () => {
    for (const word of ['France', 'Reagan', 'GATT', 'Umerov'])
      expect(isCommonWord(word), word).toBe(false);
  });
});

describe('isName', () => {
  it('knows countries and the names in compromise’s lexicon, and nothing else', () => {
    expect(isName('Britain')).toBe(true);
    expect(isName('Reagan')).toBe(true);
    expect(isName('Umerov')).toBe(false);
    expect(isName('Shares')).toBe(false);
  });
});
