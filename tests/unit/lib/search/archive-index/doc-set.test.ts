import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../../../src/lib/search/archive-index/byte-io.ts';
import {
  countInRange,
  difference,
  intersect,
  rangeOf,
  readDocSet,
  union,
  writeDocSet,
} from '../../../../../src/lib/search/archive-index/doc-set.ts';

const encoded = (docs: number[]): Uint8Array => {
  const writer = new ByteWriter();
  writeDocSet(writer, Uint32Array.from(docs));
  return writer.finish();
};
const roundTrip = (docs: number[]): number[] => [...readDocSet(new ByteReader(encoded(docs)))];
const set = (...docs: number[]) => Uint32Array.from(docs);
const sortedSet = fc
  .uniqueArray(fc.nat({ max: 5000 }), { maxLength: 600 })
  .map((docs) => docs.sort((a, b) => a - b));

describe('writeDocSet and readDocSet', () => {
  it('read back empty sets, one doc, and docs near 2^32', () => {
    expect(roundTrip([])).toEqual([]);
    expect(roundTrip([0])).toEqual([0]);
    expect(roundTrip([41_999])).toEqual([41_999]);
    expect(roundTrip([2 ** 32 - 3, 2 ** 32 - 1])).toEqual([2 ** 32 - 3, 2 ** 32 - 1]);
  });

  it('store a run of consecutive docs, such as a month, in a few bytes', () => {
    const month = Array.from({ length: 9473 }, (_, i) => 20_000 + i);
    expect(roundTrip(month)).toEqual(month);
    expect(encoded(month).length).toBeLessThanOrEqual(6);
  });

  it('store a word on every other page as a bitmap: a bit a page', () => {
    const everyOther = Array.from({ length: 5000 }, (_, i) => 100_000 + 2 * i);
    expect(roundTrip(everyOther)).toEqual(everyOther);
    expect(encoded(everyOther).length).toBeLessThan(10_000 / 8 + 12);
  });

  it('store a rare word as deltas: a byte a doc for gaps under 128', () => {
    const rare = [3, 90, 200, 310];
    expect(roundTrip(rare)).toEqual(rare);
    expect(encoded(rare).length).toBe(2 + rare.length);
  });

  it('read back any ascending set in the smallest of its layouts', () => {
    fc.assert(
      fc.property(sortedSet, (docs) => {
        expect(roundTrip(docs)).toEqual(docs);
      }),
    );
  });

  it('refuse an unknown layout and a bitmap that does not hold its count', () => {
    expect(() => readDocSet(new ByteReader(Uint8Array.of(7, 0)))).toThrow(RangeError);
    expect(() => readDocSet(new ByteReader(Uint8Array.of(1, 3, 0, 1, 0b11)))).toThrow(RangeError);
  });
});

describe('set operations', () => {
  const naive = {
    intersect: (a: number[], b: number[]) => a.filter((doc) => b.includes(doc)),
    difference: (a: number[], b: number[]) => a.filter((doc) => !b.includes(doc)),
    union: (sets: number[][]) => [...new Set(sets.flat())].sort((x, y) => x - y),
  };

  it('intersect, unite and subtract as sets do', () => {
    fc.assert(
      fc.property(sortedSet, sortedSet, sortedSet, (a, b, c) => {
        const [ta, tb, tc] = [a, b, c].map((docs) => Uint32Array.from(docs)) as [
          Uint32Array,
          Uint32Array,
          Uint32Array,
        ];
        expect([...intersect(ta, tb)]).toEqual(naive.intersect(a, b));
        expect([...difference(ta, tb)]).toEqual(naive.difference(a, b));
        expect([...union([ta, tb, tc])]).toEqual(naive.union([a, b, c]));
      }),
    );
  });

  it('intersect a small set with a large one, and empty sets with anything', () => {
    const large = rangeOf(0, 100_000);
    expect([...intersect(set(5, 70_000, 99_999, 100_000), large)]).toEqual([5, 70_000, 99_999]);
    expect(intersect(set(), large)).toEqual(set());
    expect(union([])).toEqual(set());
    expect(union([set(), set(4)])).toEqual(set(4));
    expect(difference(set(1, 2), set())).toEqual(set(1, 2));
  });

  it('count the docs in a range, its end excluded', () => {
    const docs = set(2, 5, 9, 10, 40);
    expect(countInRange(docs, 0, 100)).toBe(5);
    expect(countInRange(docs, 5, 10)).toBe(2);
    expect(countInRange(docs, 6, 9)).toBe(0);
    expect(countInRange(docs, 41, 90)).toBe(0);
    expect(countInRange(docs, 10, 5)).toBe(0);
    expect(countInRange(set(), 0, 10)).toBe(0);
  });

  it('make the set of a range of ids', () => {
    expect(rangeOf(3, 6)).toEqual(set(3, 4, 5));
    expect(rangeOf(6, 3)).toEqual(set());
  });
});
