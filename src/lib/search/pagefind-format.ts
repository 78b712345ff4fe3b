/**
 * The one module that knows the files Pagefind 1.6 writes into a bundle, as
 * its engine reads them (tests/integration/pagefind-format.test.ts pins each
 * assumption below on real output of the pinned binary). It works on the
 * gunzipped bytes of a file and runs in the browser as well as in Node.
 *
 * - Every file, once gunzipped, starts with `pagefind_dcd`; the rest is CBOR
 *   (pf_meta, pf_index, pf_filter) or JSON (pf_fragment).
 * - pf_meta: `[version, pages, indexChunks, filterChunks, sorts, metaFields]`,
 *   a page `[hash, wordCount, groupHash]` in hash order, an index chunk
 *   `[firstWord, lastWord, hash]`, a filter chunk `[name, hash]`, a sort
 *   `[name, pageIndexes]` with the page indexes in ascending order of the
 *   sort's value, and the names of the metadata fields, which the index's
 *   metadata locations number.
 * - pf_index: `[words]`, a word `[word, pages, variants]`, a variant (a form
 *   of the word with other diacritics) `[form, pages]`, a page
 *   `[pageDelta, locations, metaLocations]`. Page numbers are deltas from the
 *   previous page of the same list. Locations are word positions in the
 *   page's content: a negative number `-(w + 1)` sets the weight `w` of the
 *   positions after it, and positions are deltas within a run of one weight.
 *   Metadata locations have the same form, with `-(field + 1)` naming the
 *   field instead of a weight. A word held only in metadata has no location.
 * - pf_filter: `[name, [[value, pageIndexes]]]`, page indexes absolute.
 * - pf_fragment: the page's JSON, its `content` plain text, not escaped.
 */
import { decode } from 'cborg';

export const SIGNATURE = 'pagefind_dcd';

/**
 * A location weight as stored is its element's weight (1 for body text, 7
 * for an h1, 0.5 for a part of a hyphenated word) times this; Pagefind's BM25
 * divides the summed stored weights of a word on a page by it.
 */
export const WEIGHT_SCALE = 24;

/** Pagefind 1.6's default `ranking` options. */
export const DEFAULT_RANKING = {
  termSimilarity: 1,
  pageLength: 0.75,
  termSaturation: 1.4,
  termFrequency: 1,
  /** An index word or form that the word typed (before stemming) starts, or that starts it, scores 1 + this times. */
  diacriticSimilarity: 0.8,
  /** A query's terms found in a metadata field add weight × idf × coverage² to a page. */
  metaWeights: { title: 5 } as Readonly<Record<string, number>>,
} as const;

export interface PagefindMeta {
  version: string;
  pages: { hash: string; wordCount: number }[];
  indexChunks: { from: string; to: string; hash: string }[];
  /** Filter name -> chunk hash. */
  filterChunks: Record<string, string>;
  /** Sort name -> page indexes, ascending by the sort's value. */
  sorts: Record<string, number[]>;
  /** The metadata fields that `PagefindWordPage.metaFields` numbers. */
  metaFields: string[];
}

interface PagefindWordPage {
  page: number;
  /** The stored weights of the word's locations on the page, summed (WEIGHT_SCALE per body word). */
  weight: number;
  /** How many locations the word has in the page's content. */
  locations: number;
  /** Indexes into `PagefindMeta.metaFields` of the metadata fields that hold the word. */
  metaFields: readonly number[];
}

export interface PagefindWord {
  word: string;
  /** Every page that holds the word in any of its forms, ascending. */
  pages: PagefindWordPage[];
  /** The forms of the word with other diacritics, each with its own pages (also counted in `pages`). */
  variants: { form: string; pages: PagefindWordPage[] }[];
}

export interface PagefindFragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
}

export function decodeMeta(bytes: Uint8Array): PagefindMeta {
  const [version, pages, indexChunks, filterChunks, sorts, metaFields] = array(
    decodeCbor(bytes),
    'pf_meta',
  );
  return {
    version: string(version, 'version'),
    pages: array(pages, 'pages').map((entry) => {
      const [hash, wordCount] = array(entry, 'page');
      return { hash: string(hash, 'page hash'), wordCount: number(wordCount, 'word count') };
    }),
    indexChunks: array(indexChunks, 'index chunks').map((entry) => {
      const [from, to, hash] = array(entry, 'index chunk');
      return {
        from: string(from, 'chunk start'),
        to: string(to, 'chunk end'),
        hash: string(hash, 'chunk hash'),
      };
    }),
    filterChunks: Object.fromEntries(
      array(filterChunks, 'filter chunks').map((entry) => {
        const [name, hash] = array(entry, 'filter chunk');
        return [string(name, 'filter name'), string(hash, 'filter hash')];
      }),
    ),
    sorts: Object.fromEntries(
      array(sorts, 'sorts').map((entry) => {
        const [name, pageIndexes] = array(entry, 'sort');
        return [string(name, 'sort name'), numbers(pageIndexes, 'sorted pages')];
      }),
    ),
    metaFields: array(metaFields, 'meta fields').map((name) => string(name, 'meta field')),
  };
}

export function decodeIndexChunk(bytes: Uint8Array): PagefindWord[] {
  const [words] = array(decodeCbor(bytes), 'pf_index');
  return array(words, 'words').map((entry) => {
    const [word, pages, variants] = array(entry, 'word');
    const forms = array(variants, 'variants').map((variant) => {
      const [form, variantPages] = array(variant, 'variant');
      return { form: string(form, 'variant form'), pages: wordPages(variantPages) };
    });
    const ownPages = wordPages(pages);
    return {
      word: string(word, 'word'),
      pages: forms.length === 0 ? ownPages : mergePages([ownPages, ...forms.map((f) => f.pages)]),
      variants: forms,
    };
  });
}

export function decodeFilterChunk(bytes: Uint8Array): {
  name: string;
  values: Record<string, number[]>;
} {
  const [name, values] = array(decodeCbor(bytes), 'pf_filter');
  return {
    name: string(name, 'filter name'),
    values: Object.fromEntries(
      array(values, 'filter values').map((entry) => {
        const [value, pages] = array(entry, 'filter value');
        return [string(value, 'filter value'), numbers(pages, 'filter pages')];
      }),
    ),
  };
}

export function decodeFragment(bytes: Uint8Array): PagefindFragment {
  return JSON.parse(new TextDecoder().decode(unsigned(bytes))) as PagefindFragment;
}

/** Shared by the postings of words held in no metadata field, most of them: one array for millions of postings. */
const NO_FIELDS: readonly number[] = Object.freeze([]);

/** A word's `[pageDelta, locations, metaLocations]` list, with page numbers made absolute. */
function wordPages(value: unknown): PagefindWordPage[] {
  let page = 0;
  return array(value, 'word pages').map((entry) => {
    const [delta, locations, metaLocations] = array(entry, 'word page');
    page += number(delta, 'page');
    let weight = 0;
    let count = 0;
    // Before any marker a run has the body weight; Pagefind 1.6 starts every list with one.
    let runWeight = WEIGHT_SCALE;
    for (const location of numbers(locations, 'locations')) {
      if (location < 0) runWeight = -location - 1;
      else {
        weight += runWeight;
        count += 1;
      }
    }
    const metaFields = numbers(metaLocations, 'meta locations')
      .filter((location) => location < 0)
      .map((marker) => -marker - 1);
    return {
      page,
      weight,
      locations: count,
      metaFields: metaFields.length === 0 ? NO_FIELDS : [...new Set(metaFields)],
    };
  });
}

/** One list of the pages of several forms of a word, summing a page held by more than one. */
function mergePages(lists: readonly PagefindWordPage[][]): PagefindWordPage[] {
  const byPage = new Map<number, PagefindWordPage>();
  for (const entry of lists.flat()) {
    const seen = byPage.get(entry.page);
    if (!seen) byPage.set(entry.page, { ...entry });
    else {
      seen.weight += entry.weight;
      seen.locations += entry.locations;
      seen.metaFields = [...new Set([...seen.metaFields, ...entry.metaFields])];
    }
  }
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}

function decodeCbor(bytes: Uint8Array): unknown {
  return decode(unsigned(bytes));
}

/** The bytes after the signature, which every gunzipped Pagefind file starts with. */
function unsigned(bytes: Uint8Array): Uint8Array {
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE)
    throw new Error(`Not a gunzipped Pagefind file: it starts with ${JSON.stringify(signature)}`);
  return bytes.subarray(SIGNATURE.length);
}

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`Pagefind file: ${what} is not an array`);
  return value as unknown[];
}

function string(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`Pagefind file: ${what} is not a string`);
  return value;
}

function number(value: unknown, what: string): number {
  if (typeof value !== 'number') throw new Error(`Pagefind file: ${what} is not a number`);
  return value;
}

function numbers(value: unknown, what: string): number[] {
  return array(value, what).map((item) => number(item, what));
}
