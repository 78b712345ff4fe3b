import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import {
  decodeFilterChunk,
  decodeFragment,
  decodeIndexChunk,
  SIGNATURE,
} from '../../../../src/lib/search/pagefind-format.ts';

const signed = (body: Uint8Array) =>
  new Uint8Array([...new TextEncoder().encode(SIGNATURE), ...body]);

describe('decodeIndexChunk', () => {
  it('makes page numbers absolute and sums each weight run, with a variant’s pages merged into the word’s', () => {
    const chunk = signed(
      encode([
        [
          [
            'lorn',
            [
              [2, [-25, 4, 3, -169, 0], [-3, 0]],
              [3, [-13, 7], []],
            ],
            [['lörn', [[5, [-25, 9], []]]]],
          ],
        ],
      ]),
    );
    expect(decodeIndexChunk(chunk)).toEqual([
      {
        word: 'lorn',
        pages: [
          { page: 2, weight: 24 + 24 + 168, locations: 3, metaFields: [2] },
          { page: 5, weight: 12 + 24, locations: 2, metaFields: [] },
        ],
        variants: [
          { form: 'lörn', pages: [{ page: 5, weight: 24, locations: 1, metaFields: [] }] },
        ],
      },
    ]);
  });

  it('refuses bytes that do not begin with the signature, as gzip still compressed does not', () => {
    expect(() => decodeIndexChunk(new Uint8Array([0x1f, 0x8b, 8, 0]))).toThrow(
      /Not a gunzipped Pagefind file/u,
    );
  });

  it('refuses a chunk of another shape', () => {
    expect(() => decodeIndexChunk(signed(encode([[['word', 'pages', []]]])))).toThrow(
      /word pages is not an array/u,
    );
  });
});

describe('decodeFilterChunk', () => {
  it('reads a filter’s values with their page indexes as they are', () => {
    expect(decodeFilterChunk(signed(encode(['people', [['Ada Brennan', [1, 2, 7]]]])))).toEqual({
      name: 'people',
      values: { 'Ada Brennan': [1, 2, 7] },
    });
  });
});

describe('decodeFragment', () => {
  it('reads the JSON after the signature as UTF-8', () => {
    const json = {
      url: '/a/',
      content: 'Café <b> & co.',
      word_count: 3,
      filters: {},
      meta: {},
      anchors: [],
    };
    expect(decodeFragment(signed(new TextEncoder().encode(JSON.stringify(json))))).toEqual(json);
  });
});
