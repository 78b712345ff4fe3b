import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RANKING,
  decodeFragment,
  SIGNATURE,
  WEIGHT_SCALE,
  type PagefindFragment,
  type PagefindWord,
} from '../../src/lib/search/pagefind-format.ts';
import { searchDocument } from '../../src/lib/search/search-document.ts';
import { indexFolder } from '../../src/search-index/pagefind.ts';
import { readShard, type PagefindShard } from '../../src/search-index/read-shard.ts';

/** Wire copy with headlines and hyphens, an ampersand and angle brackets, a diacritic, and one person in three articles. */
const ARTICLES = [
  {
    date: '1987-03-02',
    headline: 'Harbor strike ends at Port Calder',
    text: 'Dockers at the Port Calder harbor returned to work on Monday after a nine-day strike. Harbor officials said the harbor would clear its backlog by Friday.',
    people: ['Ada Brennan'],
  },
  {
    date: '1986-11-20',
    headline: 'Millbrook textile plant to close',
    text: 'Millbrook Textiles said it would close its weaving plant in Dunmore. Chairman Ada Brennan said demand for cotton goods had fallen.',
    people: ['Ada Brennan'],
  },
  {
    date: '1988-07-30',
    headline: 'Fenwick & Sons posts higher profit',
    text: 'Fenwick & Sons <FNWK> said second-quarter profit rose on sales of farm equipment from its harborside depot.',
    people: ['Otto Lindqvist'],
  },
  {
    date: '1985-01-14',
    headline: 'Lorne Street owners seek lower rents',
    text: 'Owners of the Café Rouge and of other cafe businesses on Lorne Street asked the council for relief.',
    people: [],
  },
  {
    date: '1989-09-05',
    headline: 'Freight rates climb again',
    text: 'Rates on the north-south route rose for a third week, brokers said.',
    people: ['Ada Brennan'],
  },
  {
    date: '1984-06-18',
    headline: 'Harbor dredging contract awarded',
    text: 'The port authority awarded a dredging contract to the Keller Marine Company.',
    people: ['Otto Lindqvist'],
  },
];

describe('Pagefind 1.6 index files, as pagefind-format.ts reads them', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pagefind-format-'));
  const bundle = join(folder, 'bundle');
  let shard: PagefindShard;
  /** Page index -> its fragment; page -> its article's position in ARTICLES. */
  let fragments: PagefindFragment[];
  let articleOf: number[];
  const word = (text: string): PagefindWord => {
    const found = shard.words.find((entry) => entry.word === text);
    if (!found) throw new Error(`no index word ${text}`);
    return found;
  };
  const page = (position: number) => articleOf.indexOf(position);

  beforeAll(async () => {
    const site = join(folder, 'site');
    mkdirSync(site);
    await Promise.all(
      ARTICLES.map(({ date, headline, text, people }, position) =>
        writeFile(
          join(site, `${position}.html`),
          searchDocument(
            { date, headline, blocks: [{ kind: 'paragraph', text, line: 1 }] },
            `/articles/${position}/`,
            people.map((name) => ({ kind: 'person', slug: name, name })),
          ),
        ),
      ),
    );
    await (
      await indexFolder(site, bundle)
    ).done;
    shard = await readShard(bundle);
    fragments = shard.fragments.map((file) => decodeFragment(gunzipSync(readFileSync(file))));
    articleOf = fragments.map(({ meta }) => Number(/\d+/u.exec(meta['url']!)![0]));
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('every index file, fragments too, is gzip of bytes that begin with pagefind_dcd', () => {
    const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.pf_(meta|index|filter|fragment)$/u.test(name),
    );
    expect(files.filter((name) => name.endsWith('.pf_fragment'))).toHaveLength(ARTICLES.length);
    for (const name of files)
      expect(
        gunzipSync(readFileSync(join(bundle, name)))
          .subarray(0, 12)
          .toString(),
        name,
      ).toBe(SIGNATURE);
  });

  it('pf_meta holds the version, each page with its word count, the chunks, and the metadata field names', () => {
    const { meta } = shard;
    expect(meta.version).toBe('1.6.0');
    expect(meta.pages.map(({ wordCount }) => wordCount)).toEqual(
      fragments.map(({ word_count }) => word_count),
    );
    expect(articleOf.toSorted()).toEqual(ARTICLES.map((_, position) => position));
    const first = shard.words[0]!.word;
    const last = shard.words.at(-1)!.word;
    expect(meta.indexChunks.map(({ from, to }) => [from, to])).toEqual([[first, last]]);
    expect(Object.keys(meta.filterChunks).sort()).toEqual(['month', 'people', 'year']);
    expect(meta.metaFields).toEqual(['date', 'published', 'title', 'url']);
  });

  it('sorts.date lists the page indexes in ascending order of date', () => {
    const byDate = ARTICLES.map(({ date }, position) => ({ date, position }))
      .toSorted((a, b) => a.date.localeCompare(b.date))
      .map(({ position }) => page(position));
    // Pages are in hash order, which these articles' dates do not follow.
    expect(byDate).not.toEqual(byDate.toSorted((a, b) => a - b));
    expect(shard.meta.sorts).toEqual({ date: byDate });
  });

  it('an index word is [word, pages, variants] and a page [page delta, locations, meta locations]', () => {
    expect(word('harbor').pages).toEqual(
      [
        { page: page(0), weight: 7 * 24 + 3 * 24, locations: 4, metaFields: [2] },
        { page: page(5), weight: 7 * 24, locations: 1, metaFields: [2] },
      ].toSorted((a, b) => a.page - b.page),
    );
    expect(word('harbor').variants).toEqual([]);
  });

  it('a location weighs 24 in the body, 168 in the h1 headline and 12 for each part of a hyphenated word', () => {
    const only = (text: string) => word(text).pages.map(({ weight }) => weight);
    expect(only('owner')).toEqual([24 + 7 * 24]);
    expect(only('rent')).toEqual([7 * 24]);
    expect(only('north')).toEqual([12]);
    expect(only('northsouth')).toEqual([24]);
    expect(WEIGHT_SCALE).toBe(24);
  });

  it('a word held only in metadata has pages with no location, naming the fields', () => {
    const { metaFields } = shard.meta;
    expect(word('march').pages).toEqual([
      { page: page(0), weight: 0, locations: 0, metaFields: [metaFields.indexOf('published')] },
    ]);
    expect(word('articl').pages.map(({ metaFields: fields }) => fields)).toEqual(
      ARTICLES.map(() => [metaFields.indexOf('url')]),
    );
  });

  it('a form with other diacritics is a variant of the word, its pages counted among the word’s', () => {
    const cafe = word('cafe');
    expect(cafe.variants).toEqual([
      { form: 'café', pages: [{ page: page(3), weight: 24, locations: 1, metaFields: [] }] },
    ]);
    expect(cafe.pages).toEqual([{ page: page(3), weight: 48, locations: 2, metaFields: [] }]);
  });

  it('pf_filter maps each value to the absolute indexes of its pages', () => {
    for (const [name, values] of Object.entries(shard.filters))
      for (const [value, pages] of Object.entries(values))
        expect(pages, `${name}: ${value}`).toEqual(
          fragments.flatMap(({ filters }, index) =>
            filters[name]?.includes(value) ? [index] : [],
          ),
        );
    expect(shard.filters['people']!['Ada Brennan']).toHaveLength(3);
  });

  it('pf_fragment content starts with the headline and is plain text, not escaped', () => {
    const fenwick = fragments[page(2)]!;
    expect(fenwick.content).toMatch(
      /^Fenwick & Sons posts higher profit\. Fenwick & Sons <FNWK> said/u,
    );
    expect(fenwick).toMatchObject({
      url: '/2.html',
      word_count: shard.meta.pages[page(2)]!.wordCount,
      filters: { people: ['Otto Lindqvist'], year: ['1988'], month: ['1988-07'] },
      meta: {
        title: 'Fenwick & Sons posts higher profit',
        url: '/articles/2/',
        date: '1988-07-30',
      },
      anchors: [],
    });
  });

  describe('Pagefind’s own engine, whose scores these reproduce', () => {
    let engine: Awaited<ReturnType<typeof pagefindEngine>>;
    beforeAll(async () => {
      engine = await pagefindEngine(bundle, folder);
    }, 60_000);
    afterAll(() => engine.destroy());
    const expectScores = async (typed: string, stem: string, pages: number) => {
      const scores = await engine.scores(typed);
      const expected = oneWordScores(shard, typed, stem);
      expect([...scores.keys()].sort()).toEqual([...expected.keys()].sort());
      expect(scores.size).toBe(pages);
      for (const [hash, score] of scores) expect(score, hash).toBeCloseTo(expected.get(hash)!, 4);
    };

    it('scores a word with BM25 at the default ranking, weights over 24, the idf of all its extensions, ×1.8 for the form typed, plus 5 × idf for a title holding it', async () => {
      expect(shard.words.filter(({ word: text }) => text.startsWith('harbor'))).toHaveLength(2);
      await expectScores('harbor', 'harbor', 3);
    });

    it('adds no ×1.8 where stemming changed the end of the word typed', () =>
      expectScores('company', 'compani', 1));

    it('scores a page that holds the word only in metadata by the field’s weight × idf', () =>
      expectScores('march', 'march', 1));
  });
});

/**
 * What Pagefind 1.6 scores each page for a query of one word, `typed`, whose
 * stem is `stem`, by page hash: the sum over the index words that start with
 * the stem of their BM25 (with the bonus for diacritics where the typed word
 * and the index word start one another), and for each metadata field that
 * holds k of those words, the field's weight × k·idf × k².
 */
function oneWordScores(shard: PagefindShard, typed: string, stem: string): Map<string, number> {
  const { pages, metaFields } = shard.meta;
  const {
    termSaturation: k1,
    pageLength: b,
    termSimilarity,
    diacriticSimilarity,
    metaWeights,
  } = DEFAULT_RANKING;
  const averageLength = pages.reduce((sum, { wordCount }) => sum + wordCount, 0) / pages.length;
  const extensions = shard.words.filter(({ word: text }) => text.startsWith(stem));
  const matching = new Set(extensions.flatMap((entry) => entry.pages.map(({ page }) => page)));
  const idf = Math.log((pages.length - matching.size + 0.5) / (matching.size + 0.5) + 1);
  return new Map(
    [...matching].map((index) => {
      let score = 0;
      const inField = new Map<number, number>();
      for (const { word: text, pages: held } of extensions) {
        const onPage = held.find(({ page }) => page === index);
        if (!onPage) continue;
        for (const field of onPage.metaFields) inField.set(field, (inField.get(field) ?? 0) + 1);
        const d = text.length - stem.length + 1;
        const lengthBonus =
          Math.exp(Math.exp((-0.5 * d * d) / 4) * termSimilarity) / Math.exp(termSimilarity);
        const wtf = (onPage.weight / WEIGHT_SCALE) * lengthBonus;
        const length = pages[index]!.wordCount / averageLength;
        const bm25 = ((k1 + 1) * wtf) / (k1 * (1 - b + b * length) + wtf);
        const typedForm = text.startsWith(typed) || typed.startsWith(text);
        score += idf * bm25 * (typedForm ? 1 + diacriticSimilarity : 1);
      }
      for (const [field, count] of inField)
        score += (metaWeights[metaFields[field]!] ?? 1) * count * idf * count ** 2;
      return [pages[index]!.hash, score];
    }),
  );
}

/**
 * Pagefind's own engine (the bundle's pagefind.js and WebAssembly), run in
 * Node on its main thread with `fetch` answered from the bundle's folder.
 */
async function pagefindEngine(bundle: string, scratch: string) {
  const base = 'http://pagefind.test/';
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    const file = join(bundle, new URL(url).pathname);
    try {
      return Promise.resolve(new Response(readFileSync(file)));
    } catch {
      return Promise.resolve(new Response(null, { status: 404 }));
    }
  };
  // Node reads a .js file beside no package.json as CommonJS.
  const module = join(scratch, 'pagefind-engine.mjs');
  copyFileSync(join(bundle, 'pagefind.js'), module);
  const pagefind = (await import(pathToFileURL(module).href)) as {
    options(options: { basePath: string }): Promise<void>;
    search(query: string): Promise<{ results: { id: string; score: number }[] }>;
    destroy(): Promise<void>;
  };
  await pagefind.options({ basePath: base });
  return {
    async scores(query: string): Promise<Map<string, number>> {
      const { results } = await pagefind.search(query);
      return new Map(results.map(({ id, score }) => [id, score]));
    },
    async destroy() {
      await pagefind.destroy();
      globalThis.fetch = realFetch;
    },
  };
}
