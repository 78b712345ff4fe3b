import { describe, expect, it } from 'vitest';
import {
  addPostings,
  isSettled,
  metaBoost,
  rankMatches,
  scoreBounds,
  widestWords,
  wordScores,
  type QueryWeights,
  type WordScores,
} from '../../../../../src/lib/search/archive-search/rank.ts';

const docs = (...ids: number[]) => Uint32Array.from(ids);
/** A word of query term `term` whose postings of `known` (doc, score, fields) are loaded, for a query's matches. */
const word =
  (members: number[], known: [number, number, number?][], bound = 0, term = 0) =>
  (matches: Uint32Array): WordScores => {
    const scores = wordScores(term, docs(...members), matches);
    addPostings(
      scores,
      docs(...known.map(([doc]) => doc)),
      (at) => known[at]![1],
      Uint8Array.from(known, ([, , fields]) => fields ?? 0),
    );
    scores.bound = bound;
    return scores;
  };
/** One query term, one metadata field, the title, weighing 5. */
const ONE_TERM = { termIdf: [2], fieldWeights: [5] };
const inOrder = (matches: Uint32Array, order: Uint32Array) =>
  Array.from(order, (position) => matches[position]);
/** The whole ranking of `matches`, and whether its first `depth` are settled. */
const rank = (
  matches: Uint32Array,
  words: ((matches: Uint32Array) => WordScores)[],
  weights: QueryWeights,
  depth: number,
) => {
  const bounds = scoreBounds(
    matches,
    words.map((scores) => scores(matches)),
    weights,
  );
  return { ...rankMatches(bounds), settled: isSettled(bounds, depth) };
};

describe('rankMatches', () => {
  it('orders matches by the sum of their words’ scores, newer first on a tie', () => {
    const matches = docs(1, 2, 3, 4);
    const ranking = rank(
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
    const titled = word(
      [1, 2],
      [
        [1, 3],
        [2, 1, 1],
      ],
    );
    const ranking = rank(matches, [titled], ONE_TERM, 2);
    // Doc 2: 1 + 5 × 2 × 1² = 11, above doc 1's 3.
    expect(inOrder(matches, ranking.order)).toEqual([2, 1]);
    expect(ranking.scores[1]).toBeCloseTo(11);
  });

  /** Docs 1 and 3 loaded, scoring 5 and 4; doc 2's posting not, and up to `bound`: the first two ranked. */
  const firstTwo = (bound: number) => {
    const matches = docs(1, 2, 3);
    const ranking = rank(
      matches,
      [
        word(
          [1, 2, 3],
          [
            [1, 5],
            [3, 4],
          ],
          bound,
        ),
      ],
      ONE_TERM,
      2,
    );
    return { settled: ranking.settled, first: inOrder(matches, ranking.order.slice(0, 2)) };
  };

  it('is settled when the unloaded postings cannot overtake the last of the top', () => {
    expect(firstTwo(0.5)).toEqual({ settled: true, first: [1, 3] });
  });

  it('is not settled while an unloaded posting could still enter the top', () => {
    expect(firstTwo(4.5).settled).toBe(false);
  });

  it('is not settled while a doc in the top has a word not yet loaded', () => {
    const matches = docs(1, 2);
    const ranking = rank(
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

  it('ranks a page by what is known of it, not by the middle of its bounds, once tiers are left unloaded', () => {
    const matches = docs(1, 2);
    // Doc 1 scores 1, known; doc 2's posting is not loaded and could score up to 3.
    const ranking = rank(matches, [word([1, 2], [[1, 1]], 3)], ONE_TERM, 1);
    expect(inOrder(matches, ranking.order)).toEqual([1, 2]);
    expect(ranking.settled).toBe(false);
  });

  it('puts the pages no loaded posting holds after those with a score, newest first, and a negative weight’s pages last', () => {
    const matches = docs(1, 2, 3, 4);
    const ranking = rank(
      matches,
      [
        word(
          [1, 2, 3, 4],
          [
            [1, 1, 1],
            [2, 2],
          ],
          1,
        ),
      ],
      // A title weighing -5: doc 1 scores 1 - 5 × 2 = -9.
      { termIdf: [2], fieldWeights: [-5] },
      4,
    );
    expect(inOrder(matches, ranking.order)).toEqual([2, 4, 3, 1]);
  });

  it('ignores word members that are not matches', () => {
    const matches = docs(2);
    const ranking = rank(
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

describe('isSettled', () => {
  it('judges the first matches in the order rankMatches gives, a tie going to the newer', () => {
    const matches = docs(1, 2, 3);
    // Docs 1 and 2 tie exactly; doc 3 may score from 0 to 2, its midpoint 1 below them.
    const words = [
      word(
        [1, 2, 3],
        [
          [1, 2],
          [2, 2],
        ],
        2,
      ),
    ];
    const bounds = scoreBounds(
      matches,
      words.map((scores) => scores(matches)),
      ONE_TERM,
    );
    expect(inOrder(matches, rankMatches(bounds).order)).toEqual([2, 1, 3]);
    // Doc 3 could reach 2, not above the tie: the first two are settled, the first one too.
    expect(isSettled(bounds, 1)).toBe(true);
    expect(isSettled(bounds, 2)).toBe(true);
    // The third is doc 3, not loaded.
    expect(isSettled(bounds, 3)).toBe(false);
  });

  it('is settled for a query with no match', () => {
    expect(isSettled(scoreBounds(docs(), [word([1], [], 1)(docs())], ONE_TERM), 10)).toBe(true);
  });
});

describe('addPostings', () => {
  it('places each loaded posting at its doc among the word’s members, leaving the rest unknown', () => {
    const scores = wordScores(0, docs(3, 5, 8, 13), docs(3, 5, 8, 13));
    addPostings(scores, docs(5, 13), (at) => [0.5, 0.25][at]!, Uint8Array.of(1, 0));
    expect(Array.from(scores.scores)).toEqual([Number.NaN, 0.5, Number.NaN, 0.25]);
    expect(Array.from(scores.fields)).toEqual([0, 1, 0, 0]);
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

describe('widestWords', () => {
  it('picks the words with more tiers whose bound is at least half the highest', () => {
    const words = [word([], [], 0.5), word([], [], 2), word([], [], 1.5), word([], [], 1)].map(
      (scores) => scores(docs()),
    );
    expect(widestWords(words, () => true)).toEqual([1, 2, 3]);
    expect(widestWords(words, (index) => index !== 1)).toEqual([2, 3]);
    expect(widestWords([word([], [], 0)(docs())], () => true)).toEqual([]);
  });

  it('advances every query term in each round, however narrow its word beside the widest', () => {
    const words = [word([], [], 2, 0), word([], [], 0.5, 1), word([], [], 0.1, 1)].map((scores) =>
      scores(docs()),
    );
    expect(widestWords(words, () => true)).toEqual([0, 1]);
  });
});
