import { describe, expect, it } from 'vitest';
import {
  decodeSuggestChunk,
  encodeSuggestChunk,
  foldWord,
  suggestKey,
  suggestKeys,
  SurfaceWords,
} from '../../../../../src/lib/search/archive-index/suggest-chunk.ts';

describe('suggest chunk keys', () => {
  it('keys a word by its first two letters, lowercase and without diacritics', () => {
    expect(suggestKey(foldWord('Élysée'))).toBe('el');
    expect(suggestKey(foldWord('Bundesbank'))).toBe('bu');
  });

  it('looks in the chunk of the first two letters swapped too, so a swap there still finds the word', () => {
    expect(suggestKeys('ubndesbank')).toEqual(['ub', 'bu']);
    expect(suggestKeys('oorange')).toEqual(['oo']);
  });
});

describe('encodeSuggestChunk and decodeSuggestChunk', () => {
  it('give back the words and counts in their order, beyond ASCII too', () => {
    const words = [
      { word: 'Bundesbank', count: 1204 },
      { word: 'Bündnis', count: 3 },
      { word: 'bu', count: 2 },
    ];
    expect(decodeSuggestChunk(encodeSuggestChunk(words))).toEqual(words);
    expect(decodeSuggestChunk(encodeSuggestChunk([]))).toEqual([]);
  });
});

describe('SurfaceWords', () => {
  it('counts words of two letters or more, leaving out numbers and punctuation', () => {
    const words = new SurfaceWords();
    words.add('A 4.5 pct cut, the Bundesbank’s 1987 move; the bank rate.');
    words.add('the Bundesbank');
    expect(Object.fromEntries(words.chunks(1))).toEqual({
      ba: [{ word: 'bank', count: 1 }],
      bu: [{ word: 'Bundesbank', count: 2 }],
      cu: [{ word: 'cut', count: 1 }],
      mo: [{ word: 'move', count: 1 }],
      pc: [{ word: 'pct', count: 1 }],
      ra: [{ word: 'rate', count: 1 }],
      th: [{ word: 'the', count: 3 }],
    });
  });

  it('keeps each word once, in the case and accents it is most often written with, counting every form', () => {
    const words = new SurfaceWords();
    words.add('BONN Bonn Bonn bonn Zürich Zurich Zürich');
    expect(words.chunks(1).get('bo')).toEqual([{ word: 'Bonn', count: 4 }]);
    expect(words.chunks(1).get('zu')).toEqual([{ word: 'Zürich', count: 3 }]);
  });

  it('leaves out words written fewer than the minimum, and lists a chunk most written first', () => {
    const words = new SurfaceWords();
    words.add('cocoa coffee cocoa copper coffee cocoa');
    expect(words.chunks(2).get('co')).toEqual([
      { word: 'cocoa', count: 3 },
      { word: 'coffee', count: 2 },
    ]);
  });
});
