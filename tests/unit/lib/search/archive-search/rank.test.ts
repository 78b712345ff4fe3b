import { describe, expect, it } from 'vitest';
import {
  metaBoost,
  rankMatches,
  widestWord,
  type WordScores,
} from '../../../../../src/lib/search/archive-search/rank.ts';

const docs = (...ids: number[]) => Uint32Array.from(ids);
/** A word of query term 0 whose postings of `known` (doc, score) are loaded, in no metadata field. */
const word = (members: number[], known: [number, number][], bound = 0, term = 0): WordScores => ({
  term,
  members: docs(...members),
  known: new Map(known.map(([doc, score]) => [doc, { score, fields: 0 }])),
  bound,
});
/** One query term, one metadata field, the title, weighing 5. */
const ONE_TERM = { termIdf: [2], fieldWeights: [5] };
const inOrder = (matches: Uint32Array, order: Uint32Array) =>
  Array.from(order, (position) => matches[position]);

describe('rankMatches', () => {
  it('orders matches by the sum of their words’ scores, newer first on a tie', () => {
    const matches = docs(1, 2, 3, 4);
    const ranking = rankMatches(
      matches,
      [
        word(
          [1, 2, 3, 4],
          [
            [1, 1],
            [2, 3],
            [3, 2],
            [4, 1],
          ],
        ),
        word(
          [2, 4],
          [
            [2, 1],
            [4, 1],
          ],
        ),
      ],
      ONE_TERM,
      4,
    );
    expect(inOrder(matches, ranking.order)).toEqual([2, 4, 3, 1]);
    expect(ranking.settled).toBe(true);
  });

  it('adds the metadata boost of a word in the title', () => {
    const matches = docs(1, 2);
    const titled: WordScores = {
      term: 0,
      members: docs(1, 2),
      known: new Map([
        [1, { score: 3, fields: 0 }],
        [2, { score: 1, fields: 1 }],
      ]),
      bound: 0,
    };
    const ranking = rankMatches(matches, [titled], ONE_TERM, 2);
    // Doc 2: 1 + 5 × 2 × 1² = 11, above doc 1's 3.
    expect(inOrder(matches, ranking.order)).toEqual([2, 1]);
    expect(ranking.scores[1]).toBeCloseTo(11);
  });

  it('is settled when the unloaded postings cannot overtake the last of the top', () => {
    const matches = docs(1, 2, 3);
    // Docs 1 and 3 are loaded; doc 2's posting is not, and may score up to 0.5.
    const ranking = rankMatches(
      matches,
      [
        word(
          [1, 2, 3],
          [
            [1, 5],
            [3, 4],
          ],
          0.5,
        ),
      ],
      ONE_TERM,
      2,
    );
    expect(ranking.settled).toBe(true);
    expect(inOrder(matches, ranking.order.slice(0, 2))).toEqual([1, 3]);
  });

  it('is not settled while an unloaded posting could still enter the top', () => {
    const matches = docs(1, 2, 3);
    const ranking = rankMatches(
      matches,
      [
        word(
          [1, 2, 3],
          [
            [1, 5],
            [3, 4],
          ],
          4.5,
        ),
      ],
      ONE_TERM,
      2,
    );
    expect(ranking.settled).toBe(false);
  });

  it('is not settled while a doc in the top has a word not yet loaded', () => {
    const matches = docs(1, 2);
    const ranking = rankMatches(
      matches,
      [
        word(
          [1, 2],
          [
            [1, 5],
            [2, 1],
          ],
        ),
        word([1], [], 0.2),
      ],
      ONE_TERM,
      1,
    );
    expect(ranking.settled).toBe(false);
  });

  it('ignores word members that are not matches', () => {
    const matches = docs(2);
    const ranking = rankMatches(
      matches,
      [
        word(
          [1, 2, 3],
          [
            [1, 9],
            [2, 1],
            [3, 9],
          ],
        ),
      ],
      ONE_TERM,
      1,
    );
    expect(ranking.scores[0]).toBe(1);
  });
});

describe('metaBoost', () => {
  it('is weight × m × coverage², m the idf of the query terms the field holds', () => {
    const weights = { termIdf: [3, 1], fieldWeights: [5, 1] };
    // Term 0 in field 0 (the title), term 1 in field 1: 5 × 3 × (3/4)² + 1 × 1 × (1/4)².
    expect(metaBoost([0b01, 0b10], weights)).toBeCloseTo(5 * 3 * (3 / 4) ** 2 + (1 / 4) ** 2);
    // Both terms in the title: full coverage.
    expect(metaBoost([0b01, 0b01], weights)).toBeCloseTo(5 * 4);
    expect(metaBoost([0, 0], weights)).toBe(0);
  });
});

describe('widestWord', () => {
  it('picks the word with the highest bound that has more tiers', () => {
    const words = [word([], [], 0.5), word([], [], 2), word([], [], 1)];
    expect(widestWord(words, (index) => index !== 1)).toBe(2);
    expect(widestWord([word([], [], 0)], () => true)).toBe(-1);
  });
});
