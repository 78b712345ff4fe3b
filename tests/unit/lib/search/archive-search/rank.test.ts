import { describe, expect, it } from 'vitest';
import { rankMatches, widestWord, type WordScores } from '../../../../../src/lib/search/archive-search/rank.ts';

const docs = (...ids: number[]) => Uint32Array.from(ids);
const word = (members: number[], known: [number, number][], bound = 0): WordScores => ({
  members: docs(...members),
  known: new Map(known),
  bound,
});

describe('rankMatches', () => {
  it('orders matches by the sum of their words’ scores, newer first on a tie', () => {
    const matches = docs(1, 2, 3, 4);
    const ranking = rankMatches(
      matches,
      [word([1, 2, 3, 4], [[1, 1], [2, 3], [3, 2], [4, 1]]), word([2, 4], [[2, 1], [4, 1]])],
      4,
    );
    expect(Array.from(ranking.order, (position) => matches[position])).toEqual([2, 4, 3, 1]);
    expect(ranking.settled).toBe(true);
  });

  it('is settled when the unloaded postings cannot overtake the last of the top', () => {
    const matches = docs(1, 2, 3);
    // Docs 1 and 3 are loaded; doc 2's posting is not, and may score up to 0.5.
    const ranking = rankMatches(matches, [word([1, 2, 3], [[1, 5], [3, 4]], 0.5)], 2);
    expect(ranking.settled).toBe(true);
    expect(Array.from(ranking.order.slice(0, 2), (position) => matches[position])).toEqual([1, 3]);
  });

  it('is not settled while an unloaded posting could still enter the top', () => {
    const matches = docs(1, 2, 3);
    const ranking = rankMatches(matches, [word([1, 2, 3], [[1, 5], [3, 4]], 4.5)], 2);
    expect(ranking.settled).toBe(false);
  });

  it('is not settled while a doc in the top has a word not yet loaded', () => {
    const matches = docs(1, 2);
    const ranking = rankMatches(matches, [word([1, 2], [[1, 5], [2, 1]]), word([1], [], 0.2)], 1);
    expect(ranking.settled).toBe(false);
  });

  it('ignores word members that are not matches', () => {
    const matches = docs(2);
    const ranking = rankMatches(matches, [word([1, 2, 3], [[1, 9], [2, 1], [3, 9]])], 1);
    expect(ranking.scores[0]).toBe(1);
  });
});

describe('widestWord', () => {
  it('picks the word with the highest bound that has more tiers', () => {
    const words = [word([], [], 0.5), word([], [], 2), word([], [], 1)];
    expect(widestWord(words, (index) => index !== 1)).toBe(2);
    expect(widestWord([word([], [], 0)], () => true)).toBe(-1);
  });
});
