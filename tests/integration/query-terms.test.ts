import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexFolder } from '../../src/search-index/pagefind.ts';
import { searchDocument } from '../../src/lib/search/search-document.ts';
import { contentWords, queryTerms, WORD_SEPARATORS } from '../../src/lib/search/query-terms.ts';

const DISPATCH = readFileSync(
  new URL('../fixtures/query-terms/dispatch.txt', import.meta.url),
  'utf8',
).trim();

/** A Pagefind 1.6 index word: the word, its pages, and its spellings with diacritics and their pages. */
type PackedPage = [page: number, locations: number[], metaLocations: number[]];
type PackedWord = [word: string, pages: PackedPage[], variants: [string, PackedPage[]][]];

/** A file of Pagefind's bundle without its gzip and signature. */
const unpack = (file: string) => {
  const bytes = gunzipSync(readFileSync(file));
  expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return bytes.subarray(12);
};

/**
 * The words Pagefind indexed at each location of its only page. A location
 * list is runs of positions, each run after a negative weight marker and
 * counted from 0 in steps.
 */
function wordsByLocation(chunks: PackedWord[][]): Map<number, Set<string>> {
  const byLocation = new Map<number, Set<string>>();
  for (const chunk of chunks)
    for (const [word, pages, variants] of chunk)
      for (const [, locations] of [...pages, ...variants.flatMap(([, varied]) => varied)]) {
        let location = 0;
        for (const step of locations) {
          if (step < 0) {
            location = 0;
            continue;
          }
          location += step;
          byLocation.set(location, (byLocation.get(location) ?? new Set()).add(word));
        }
      }
  return byLocation;
}

describe('query terms and content words, against the index Pagefind 1.6 builds', () => {
  const folder = mkdtempSync(join(tmpdir(), 'query-terms-'));
  let content = '';
  let indexed = new Map<number, Set<string>>();

  beforeAll(async () => {
    const site = join(folder, 'site');
    const bundle = join(folder, 'bundle');
    mkdirSync(site);
    const [headline = '', ...paragraphs] = DISPATCH.split('\n');
    writeFileSync(
      join(site, '0.html'),
      searchDocument(
        {
          date: '1987-01-06',
          headline,
          blocks: paragraphs.map((text, line) => ({ kind: 'paragraph', text, line })),
        },
        '/1987/01/06/harborview/',
      ),
    );
    await (
      await indexFolder(site, bundle)
    ).done;
    const [fragment] = readdirSync(join(bundle, 'fragment'));
    content = (
      JSON.parse(unpack(join(bundle, 'fragment', fragment!)).toString()) as { content: string }
    ).content;
    const chunks = readdirSync(join(bundle, 'index')).map(
      (file) => (decode(unpack(join(bundle, 'index', file))) as [PackedWord[]])[0],
    );
    indexed = wordsByLocation(chunks);
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('turns every word of a dispatch into index words Pagefind recorded at its location, but amounts and codes with symbols', () => {
    const missed: string[] = [];
    let terms = 0;
    for (const [location, word] of content.split(WORD_SEPARATORS).entries())
      for (const term of queryTerms(word)) {
        terms += 1;
        if (!indexed.get(location)?.has(term)) missed.push(word);
      }
    expect(terms).toBeGreaterThan(600);
    // Pagefind's query keeps symbols (`$`, `<`, `>`), which its index drops: Pagefind finds these as typed no more.
    expect(missed).toEqual(['<HBVM>,', '$21.50', '$29.75', '$38', '$14.2', '$610']);
  });

  it('keeps the content as plain text, which an excerpt has to escape', () => {
    expect(content).toContain('Mills Inc. <HBVM>, the');
    expect(content).toContain('Corbett, Lyle & Co.');
  });

  it('gives each location of the content exactly the words Pagefind indexed there', () => {
    const mine = contentWords(content);
    const differing = mine
      .map((words, location) => ({
        word: content.split(WORD_SEPARATORS)[location],
        mine: [...words].sort(),
        pagefind: [...(indexed.get(location) ?? [])].sort(),
      }))
      .filter(({ mine, pagefind }) => mine.join(' ') !== pagefind.join(' '));
    expect(mine.length).toBe(content.split(WORD_SEPARATORS).length);
    expect(differing).toEqual([]);
  });
});
