import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MatchScores,
  metaBoost,
  widestWords,
  type QueryWeights,
} from '../../../../../src/lib/search/archive-search/rank.ts';

const docs = (...ids: number[]) => Uint32Array.from(ids);

/** A word of query term `term`, its members, its loaded postings (doc, score, fields) and the bound of the others. */
interface WordSpec {
  term: number;
  members: number[];
  known: [number, number, number?][];
  bound: number;
}
const word = (
  members: number[],
  known: [number, number, number?][],
  bound = 0,
  term = 0,
): WordSpec => ({ term, members, known, bound });

/** The query's scores once each word's postings are loaded, in one tier. */
const scoresOf = (matches: Uint32Array, words: readonly WordSpec[], weights: QueryWeights) => {
  const scores = new MatchScores(
    matches,
    words.map(({ term, members }) => ({ term, members: docs(...members) })),
    weights,
  );
  for (const [index, { known, bound }] of words.entries()) {
    scores.add(
      index,
      docs(...known.map(([doc]) => doc)),
      (at) => known[at]![1],
      Uint8Array.from(known, ([, , fields]) => fields ?? 0),
      bound,
    );
  }
  return scores;
};
/** One query term, one metadata field, the title, weighing 5. */
const ONE_TERM = { termIdf: [2], fieldWeights: [5] };
const inOrder = (matches: Uint32Array, order: Uint32Array) =>
  Array.from(order, (position) => matches[position]);
/** The whole ranking of `matches`, and whether its first `depth` are settled. */
const rank = (
  matches: Uint32Array,
  words: readonly WordSpec[],
  weights: QueryWeights,
  depth: number,
) => {
  const scores = scoresOf(matches, words, weights);
  return { ...scores.ranking(), settled: scores.settledTop(depth) !== undefined };
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

describe('settledTop', () => {
  it('judges the first matches in the order of the ranking, a tie going to the newer', () => {
    const matches = docs(1, 2, 3);
    // Docs 1 and 2 tie exactly; doc 3 may score from 0 to 2, its midpoint 1 below them.
    const scores = scoresOf(
      matches,
      [
        word(
          [1, 2, 3],
          [
            [1, 2],
            [2, 2],
          ],
          2,
        ),
      ],
      ONE_TERM,
    );
    expect(inOrder(matches, scores.ranking().order)).toEqual([2, 1, 3]);
    // Doc 3 could reach 2, not above the tie: the first two are settled, the first one too.
    expect(scores.settledTop(1)).toEqual([1]);
    expect(scores.settledTop(2)).toEqual([1, 0]);
    // The third is doc 3, not loaded.
    expect(scores.settledTop(3)).toBeUndefined();
  });

  it('is settled for a query with no match', () => {
    expect(scoresOf(docs(), [word([1], [], 1)], ONE_TERM).settledTop(10)).toEqual([]);
  });

  it('is not settled while a match no loaded posting holds could overtake the top', () => {
    const matches = docs(1, 2, 3, 4);
    // Doc 4 holds both words, neither posting loaded: 1.5 + 1.5 could pass doc 1's 2.5.
    const both = [word([1, 2, 3, 4], [[1, 2.5]], 1.5, 0), word([2, 4], [[2, 1]], 1.5, 1)];
    const weights = { termIdf: [2, 2], fieldWeights: [5] };
    expect(scoresOf(matches, both, weights).settledTop(1)).toBeUndefined();
    // With the second word's bound at 0.5, doc 4 reaches 2 at most.
    expect(
      scoresOf(matches, [both[0]!, { ...both[1]!, bound: 0.5 }], weights).settledTop(1),
    ).toEqual([0]);
  });

  it('agrees with bounding every match, whatever is loaded', () => {
    fc.assert(
      fc.property(query(6), ({ matches, words, weights, depth }) => {
        const scores = scoresOf(matches, words, weights);
        const reference = everyBound(matches, words, weights);
        expect(scores.settledTop(depth)).toEqual(referenceTop(reference, depth));
        expect(Array.from(scores.ranking().order)).toEqual(referenceOrder(reference));
      }),
    );
  });

  it('keeps a word’s bound on a match while its posting is not loaded, in a query with more words than bits', () => {
    const matches = docs(1, 2);
    // 31 words of both docs, all loaded: doc 1 scores 31, doc 2 15.5. Two narrower words of doc 2 share the last bit:
    // the first loaded, the second not, and it could add 20.
    const wide = Array.from({ length: 31 }, () =>
      word(
        [1, 2],
        [
          [1, 1],
          [2, 0.5],
        ],
      ),
    );
    const scores = scoresOf(matches, [...wide, word([2], [[2, 0.1]]), word([2], [], 20)], ONE_TERM);
    expect(scores.settledTop(1)).toBeUndefined();
  });

  it('is never settled where bounding every match is not, when a query has more words than bits', () => {
    fc.assert(
      fc.property(query(40, 33), ({ matches, words, weights, depth }) => {
        const scores = scoresOf(matches, words, weights);
        const reference = everyBound(matches, words, weights);
        const top = scores.settledTop(depth);
        if (top) expect(top).toEqual(referenceTop(reference, depth));
        expect(Array.from(scores.ranking().order)).toEqual(referenceOrder(reference));
      }),
    );
  });
});

/** A query of up to `most` words (at least `least`) over docs 0 to 29, with some of their postings loaded. */
function query(most: number, least = 1) {
  const doc = fc.integer({ min: 0, max: 29 });
  // Quarters, so that scores tie.
  const quarter = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((n) => n / 4);
  const sorted = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
  return fc
    .record({
      terms: fc.integer({ min: 1, max: 3 }),
      matches: fc.array(doc, { maxLength: 20 }).map(sorted),
      words: fc.array(
        fc.record({
          term: fc.nat(),
          members: fc.array(doc, { maxLength: 20 }).map(sorted),
          loaded: fc.array(fc.tuple(fc.boolean(), quarter(4), fc.integer({ min: 0, max: 3 }))),
          bound: quarter(3),
        }),
        { minLength: least, maxLength: most },
      ),
      fieldWeights: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 2, maxLength: 2 }),
      depth: fc.integer({ min: 1, max: 6 }),
    })
    .map(({ terms, matches, words, fieldWeights, depth }) => ({
      matches: docs(...matches),
      words: words.map(({ term, members, loaded, bound }) =>
        word(
          members,
          members.flatMap((member, at) => {
            const [isLoaded, score, fields] = loaded[at] ?? [false, 0, 0];
            return isLoaded ? [[member, score, fields] as [number, number, number]] : [];
          }),
          bound,
          term % terms,
        ),
      ),
      weights: { termIdf: Array.from({ length: terms }, (_, term) => 1 + term / 2), fieldWeights },
      depth,
    }));
}

/** Each match's least and greatest score, from its words' postings, straight from the definition. */
function everyBound(matches: Uint32Array, words: readonly WordSpec[], weights: QueryWeights) {
  return Array.from(matches, (doc) => {
    let known = 0;
    let unknown = 0;
    const masks = weights.termIdf.map(() => 0);
    for (const { term, members, known: postings, bound } of words) {
      if (!members.includes(doc)) continue;
      const posting = postings.find(([member]) => member === doc);
      if (!posting) unknown += bound;
      else {
        known += posting[1];
        masks[term]! |= posting[2] ?? 0;
      }
    }
    // The boost's bound: each term's idf times the weight of every field holding it.
    const relaxed = masks.reduce(
      (sum, mask, term) =>
        sum +
        weights.fieldWeights.reduce(
          (fields, weight, field) =>
            fields + (mask & (1 << field) ? weight * weights.termIdf[term]! : 0),
          0,
        ),
      0,
    );
    const lower = known + metaBoost(masks, weights);
    return { lower, upper: unknown === 0 ? lower : known + relaxed + unknown };
  });
}

/** Positions by least score, the later first on a tie. */
function referenceOrder(bounds: readonly { lower: number }[]): number[] {
  return [...bounds.keys()].sort((a, b) => bounds[b]!.lower - bounds[a]!.lower || b - a);
}

function referenceTop(bounds: readonly { lower: number; upper: number }[], depth: number) {
  const top = referenceOrder(bounds).slice(0, depth);
  if (top.some((at) => bounds[at]!.upper > bounds[at]!.lower)) return undefined;
  const last = Math.min(...top.map((at) => bounds[at]!.lower));
  const overtaken = bounds.some((bound, at) => !top.includes(at) && bound.upper > last);
  return overtaken ? undefined : top;
}

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
    const words = [0.5, 2, 1.5, 1].map((bound) => ({ term: 0, bound }));
    expect(widestWords(words, () => true)).toEqual([1, 2, 3]);
    expect(widestWords(words, (index) => index !== 1)).toEqual([2, 3]);
    expect(widestWords([{ term: 0, bound: 0 }], () => true)).toEqual([]);
  });

  it('advances every query term in each round, however narrow its word beside the widest', () => {
    const words = [
      { term: 0, bound: 2 },
      { term: 1, bound: 0.5 },
      { term: 1, bound: 0.1 },
    ];
    expect(widestWords(words, () => true)).toEqual([0, 1]);
  });
});
