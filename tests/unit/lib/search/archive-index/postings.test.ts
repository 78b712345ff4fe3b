import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../../../src/lib/search/archive-index/byte-io.ts';
import {
  decodeWordTier,
  encodeWordTier,
  readPostings,
  writePostings,
  type Postings,
} from '../../../../../src/lib/search/archive-index/postings.ts';

const postings = (rows: [number, number, number, number?][]): Postings => ({
  docs: Uint32Array.from(rows, ([doc]) => doc),
  weights: Uint32Array.from(rows, ([, weight]) => weight),
  lengths: Uint32Array.from(rows, ([, , length]) => length),
  fields: Uint8Array.from(rows, ([, , , fields = 0]) => fields),
});

const SAMPLE = postings([
  [0, 24, 310, 0b100],
  [7, 0, 88, 0b1],
  [8, 2_400, 12_000],
  [99_999, 1, 1],
]);

describe('writePostings and readPostings', () => {
  it('read back docs, weights, lengths and metadata fields as parallel arrays', () => {
    const writer = new ByteWriter();
    writePostings(writer, SAMPLE);
    writePostings(writer, postings([]));
    const reader = new ByteReader(writer.finish());
    expect(readPostings(reader)).toEqual(SAMPLE);
    expect(readPostings(reader)).toEqual(postings([]));
    expect(reader.done).toBe(true);
  });

  it.each([
    ['out of doc order', 4],
    ['repeating a doc', 5],
  ])('refuse postings %s', (_, second) => {
    const rows: [number, number, number][] = [
      [5, 1, 1],
      [second, 1, 1],
    ];
    expect(() => writePostings(new ByteWriter(), postings(rows))).toThrow(RangeError);
  });
});

describe('encodeWordTier and decodeWordTier', () => {
  it('read back a first tier with the word’s every doc', () => {
    const membership = Uint32Array.of(0, 3, 7, 8, 12, 99_999);
    expect(decodeWordTier(encodeWordTier({ membership, postings: SAMPLE }))).toEqual({
      membership,
      postings: SAMPLE,
    });
  });

  it('read back a later tier, which holds postings only', () => {
    expect(decodeWordTier(encodeWordTier({ postings: SAMPLE }))).toEqual({ postings: SAMPLE });
  });
});
