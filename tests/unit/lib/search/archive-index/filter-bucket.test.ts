import { describe, expect, it } from 'vitest';
import {
  decodeFilterBucket,
  encodeFilterBucket,
  filterBucket,
  fnv1a32,
} from '../../../../../src/lib/search/archive-index/filter-bucket.ts';

describe('fnv1a32', () => {
  it('gives FNV-1a’s published 32-bit hashes', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes of text beyond ASCII', () => {
    expect(fnv1a32('é')).toBe(
      Math.imul(Math.imul(0x811c9dc5 ^ 0xc3, 0x01000193) ^ 0xa9, 0x01000193) >>> 0,
    );
  });
});

describe('filterBucket', () => {
  it('hashes name and value with a NUL between them, into one of the buckets', () => {
    expect(filterBucket('month', '1987-03', 7)).toBe(fnv1a32('month\u00001987-03') % 7);
    expect(filterBucket('place', 'Bonn', 1)).toBe(0);
  });
});

describe('encodeFilterBucket and decodeFilterBucket', () => {
  it('read back each value’s name, value, count and docs', () => {
    const entries = [
      { name: 'month', value: '1987-03', count: 4, docs: Uint32Array.of(10, 11, 12, 13) },
      { name: 'person', value: 'Jürgen Albers', count: 2, docs: Uint32Array.of(3, 90_000) },
      { name: 'story', value: '', count: 0, docs: new Uint32Array(0) },
    ];
    expect(decodeFilterBucket(encodeFilterBucket(entries))).toEqual(entries);
    expect(decodeFilterBucket(encodeFilterBucket([]))).toEqual([]);
  });
});
