import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../../../src/lib/search/archive-index/byte-io.ts';
import {
  chunksFor,
  decodeTermChunk,
  extensionsIn,
  longestPrefixIn,
  prefixChunks,
  writeTermEntry,
  type TermEntry,
} from '../../../../../src/lib/search/archive-index/term-chunk.ts';

const inline = (word: string, docs: number[]): TermEntry => ({
  word,
  df: docs.length,
  impacts: [Math.fround(1.25)],
  postings: {
    docs: Uint32Array.from(docs),
    weights: Uint32Array.from(docs, () => 24),
    lengths: Uint32Array.from(docs, (doc) => 100 + doc),
    fields: Uint8Array.from(docs, (doc) => doc % 3),
  },
});
const filed = (word: string, df: number, file: number): TermEntry => ({
  word,
  df,
  impacts: [Math.fround(2.1), Math.fround(1.3), Math.fround(0.4)],
  file,
});

const encode = (entries: TermEntry[]): Uint8Array => {
  const writer = new ByteWriter();
  entries.forEach((entry, i) => writeTermEntry(writer, entry, entries[i - 1]?.word ?? ''));
  return writer.finish();
};

const ENTRIES = [
  inline('bund', [4]),
  inline('bundesbank', [1, 9, 30]),
  filed('bundesbankchef', 4000, 17),
  inline('bundl', [2]),
  filed('cocoa', 90_000, 0),
  // Code-unit order: a CJK character before an astral one's high surrogate.
  inline('東京', [8]),
  inline('𝒳a', [5]),
  inline('𝒳b', [6]),
  inline('𝒴', [7]),
];

describe('writeTermEntry and decodeTermChunk', () => {
  it('read back words, df, tier impacts and inline postings or tier file ids', () => {
    expect(decodeTermChunk(encode(ENTRIES))).toEqual(ENTRIES);
  });

  it('front-code the words: a word sharing most of the previous costs its new letters', () => {
    const one = encode([inline('bundesbank', [1])]).length;
    const two = encode([inline('bundesbank', [1]), inline('bundesbanks', [1])]).length;
    expect(two - one).toBe(one - 'bundesbank'.length + 's'.length);
  });

  it('never splits an astral character between shared prefix and suffix', () => {
    const words = ['𝒳', '𝒴'];
    expect(
      decodeTermChunk(encode(words.map((word) => inline(word, [0])))).map((entry) => entry.word),
    ).toEqual(words);
  });

  it('refuse words out of order', () => {
    expect(() => encode([inline('cocoa', [1]), inline('bund', [2])])).toThrow(RangeError);
  });

  it('read an empty chunk as no entries', () => {
    expect(decodeTermChunk(new Uint8Array(0))).toEqual([]);
  });
});

describe('chunksFor', () => {
  const FIRST = ['a', 'bundesbank', 'bundesbankchef', 'bundl', 'cocoa'];

  it('finds the chunk a prefix sorts into and every later one starting with it', () => {
    expect(chunksFor('bundes', FIRST)).toEqual([0, 1, 2]);
    expect(chunksFor('bundesbank', FIRST)).toEqual([1, 2]);
    expect(chunksFor('cocoa', FIRST)).toEqual([4]);
    expect(chunksFor('zinc', FIRST)).toEqual([4]);
    expect(chunksFor('0', FIRST)).toEqual([0]);
  });

  it('finds no chunk in an archive without words', () => {
    expect(chunksFor('cocoa', [])).toEqual([]);
  });
});

describe('prefixChunks', () => {
  const FIRST = ['a', 'b', 'bun', 'bundesbank', 'c'];

  it('lists the chunks of the term’s shorter prefixes, the longest prefix’s first', () => {
    expect(prefixChunks('bundesbnak', FIRST)).toEqual([3, 2, 1]);
    expect(prefixChunks('cocoa', FIRST)).toEqual([4]);
    expect(prefixChunks('x', FIRST)).toEqual([]);
    expect(prefixChunks('bundesbank', [])).toEqual([]);
  });
});

describe('extensionsIn and longestPrefixIn', () => {
  it('find the words starting with a prefix', () => {
    expect(extensionsIn(ENTRIES, 'bundesbank').map((entry) => entry.word)).toEqual([
      'bundesbank',
      'bundesbankchef',
    ]);
    expect(extensionsIn(ENTRIES, 'bundesbnak')).toEqual([]);
  });

  it('find the longest word the term starts with, other than the term', () => {
    expect(longestPrefixIn(ENTRIES, 'bundesbnak')?.word).toBe('bund');
    expect(longestPrefixIn(ENTRIES, 'bundesbanks')?.word).toBe('bundesbank');
    expect(longestPrefixIn(ENTRIES, 'bund')).toBeUndefined();
    expect(longestPrefixIn(ENTRIES, 'zinc')).toBeUndefined();
  });
});
