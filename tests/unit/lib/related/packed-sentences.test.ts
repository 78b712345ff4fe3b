import { describe, expect, it } from 'vitest';
import { packSentences, unpackSentences } from '../../../../src/lib/related/packed-sentences.ts';

const ARTICLES = [
  [
    ['harbour', 'board', 'vote'],
    ['dredg', 'harbour'],
  ],
  [],
  [[], ['київ', 'talk', 'harbour']],
];

describe('packSentences', () => {
  it('gives back every article’s sentences as they were, empty ones included', () => {
    expect(unpackSentences(packSentences(ARTICLES))).toEqual(ARTICLES);
    expect(unpackSentences(packSentences([]))).toEqual([]);
  });

  it('keeps each distinct term once, however many articles and sentences write it', () => {
    const packed = packSentences(ARTICLES);
    expect(packed.vocabulary).toEqual(['harbour', 'board', 'vote', 'dredg', 'київ', 'talk']);
    expect([...packed.terms]).toEqual([0, 1, 2, 3, 0, 4, 5, 0]);
  });
});
