import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impact } from '../../../../../src/lib/search/archive-index/bm25.ts';
import {
  splitTiers,
  tierCount,
  tierSize,
} from '../../../../../src/lib/search/archive-index/tiers.ts';

const SIZES = [2, 3, 4];
const descending = (a: number, b: number) => b - a;

/** Ten docs, doc i with weight (i * 7) % 10 + 1 and a length of 100. */
const POSTINGS = {
  docs: Uint32Array.from({ length: 10 }, (_, i) => i * 10),
  weights: Uint32Array.from({ length: 10 }, (_, i) => ((i * 7) % 10) + 1),
  lengths: new Uint32Array(10).fill(100),
  fields: new Uint8Array(10),
};

describe('tierSize and tierCount', () => {
  it('repeat the last size', () => {
    expect([0, 1, 2, 3, 9].map((tier) => tierSize(tier, SIZES))).toEqual([2, 3, 4, 4, 4]);
    expect([0, 1, 2, 3, 5, 6, 9, 10, 13].map((df) => tierCount(df, SIZES))).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
});

describe('splitTiers', () => {
  const tiers = splitTiers(POSTINGS, 100, SIZES);

  it('cuts the postings into tiers of the given sizes, best impact first', () => {
    expect(tiers.map((tier) => tier.postings.docs.length)).toEqual([2, 3, 4, 1]);
    expect([...tiers[0]!.postings.weights].sort(descending)).toEqual([10, 9]);
    expect([...tiers[1]!.postings.weights].sort(descending)).toEqual([8, 7, 6]);
    expect([...tiers[3]!.postings.weights]).toEqual([1]);
  });

  it('keeps each tier in doc order, with its best posting’s impact', () => {
    for (const tier of tiers) {
      expect([...tier.postings.docs]).toEqual([...tier.postings.docs].sort((a, b) => a - b));
      const best = Math.max(...tier.postings.weights);
      expect(tier.impact).toBe(impact(best, 100, 100));
    }
    expect(tiers.map((tier) => tier.impact)).toEqual(
      tiers.map((tier) => tier.impact).sort(descending),
    );
  });

  it('loses no posting and keeps each doc with its weight and length', () => {
    const rows = tiers.flatMap((tier) =>
      [...tier.postings.docs].map((doc, i) => [
        doc,
        tier.postings.weights[i],
        tier.postings.lengths[i],
      ]),
    );
    const expected = [...POSTINGS.docs].map((doc, i) => [doc, POSTINGS.weights[i], 100]);
    expect(rows.sort((a, b) => a[0]! - b[0]!)).toEqual(expected);
  });

  it('ranks a short page above a long one of the same weight, and ties by the older doc', () => {
    const ranked = splitTiers(
      {
        docs: Uint32Array.of(1, 2, 3),
        weights: Uint32Array.of(24, 24, 24),
        lengths: Uint32Array.of(500, 50, 50),
        fields: new Uint8Array(3),
      },
      100,
      [1],
    );
    expect(ranked.map((tier) => tier.postings.docs[0])).toEqual([2, 3, 1]);
  });

  it('ranks a page holding the word in its title above one that holds it more often in the body', () => {
    const ranked = splitTiers(
      {
        docs: Uint32Array.of(1, 2, 3),
        weights: Uint32Array.of(240, 168, 24),
        lengths: Uint32Array.of(100, 100, 100),
        fields: Uint8Array.of(0, 0b10, 0b01),
      },
      100,
      [1],
      [1, 5],
    );
    expect(ranked.map((tier) => tier.postings.docs[0])).toEqual([2, 1, 3]);
    expect(ranked[0]!.impact).toBe(impact(168, 100, 100) + 5);
    expect(ranked[2]!.postings.fields).toEqual(Uint8Array.of(0b01));
  });

  it('makes no tier of no postings', () => {
    const none = {
      docs: new Uint32Array(0),
      weights: new Uint32Array(0),
      lengths: new Uint32Array(0),
      fields: new Uint8Array(0),
    };
    expect(splitTiers(none, 100, SIZES)).toEqual([]);
  });

  it('puts every posting in the tier of its rank by impact, ties to the older doc, as sorting them all would', () => {
    fc.assert(
      fc.property(
        // Few distinct weights and lengths, so that many postings tie.
        fc.array(
          fc.record({
            weight: fc.integer({ min: 1, max: 4 }),
            length: fc.integer({ min: 1, max: 3 }),
            title: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        (rows, sizes) => {
          const postings = {
            docs: Uint32Array.from(rows, (_, i) => 3 * i + 1),
            weights: Uint32Array.from(rows, ({ weight }) => weight),
            lengths: Uint32Array.from(rows, ({ length }) => 50 * length),
            fields: Uint8Array.from(rows, ({ title }) => Number(title)),
          };
          const impacts = rows.map((_, i) =>
            impact(postings.weights[i]!, postings.lengths[i]!, 100, postings.fields[i], [5]),
          );
          const order = rows.map((_, i) => i).sort((a, b) => impacts[b]! - impacts[a]! || a - b);
          const expected: number[][] = [];
          for (let start = 0; start < order.length; start += tierSize(expected.length - 1, sizes))
            expected.push(
              order
                .slice(start, start + tierSize(expected.length, sizes))
                .sort(descending)
                .reverse(),
            );
          const tiers = splitTiers(postings, 100, sizes, [5]);
          expect(tiers.map((tier) => [...tier.postings.docs])).toEqual(
            expected.map((tier) => tier.map((i) => postings.docs[i]!)),
          );
          expect(tiers.map((tier) => tier.impact)).toEqual(
            expected.map((tier) => Math.max(...tier.map((i) => impacts[i]!))),
          );
          for (const { postings: tier } of tiers)
            tier.docs.forEach((doc, at) => {
              const i = (doc - 1) / 3;
              expect([tier.weights[at], tier.lengths[at], tier.fields[at]]).toEqual([
                postings.weights[i],
                postings.lengths[i],
                postings.fields[i],
              ]);
            });
        },
      ),
    );
  });
});
