import type { Page } from '@playwright/test';
import { CORPUS_URL } from '../../playwright.config.ts';
import { benchQuery, type BenchQuery } from '../../scripts/bench/search.ts';
import { expect, test } from './fixtures.ts';
import { openBesideSingleIndex, SINGLE_INDEX_PATH } from './single-index.ts';

test.use({ baseURL: CORPUS_URL });

/**
 * The search module under test, answering Pagefind's documented API. Set
 * AGREEMENT_ENGINE='/pagefind-single/pagefind.js?again' to run the comparison
 * with the single index on both sides, a second instance of its module,
 * which checks the harness itself.
 */
const ENGINE = process.env['AGREEMENT_ENGINE'] ?? '/pagefind/pagefind.js';
const REFERENCE = `${SINGLE_INDEX_PATH}pagefind.js`;
/** Results whose dates are compared, in each sorted order. */
const SORTED_COMPARED = 20;
const TOP = 10;

interface Query extends BenchQuery {
  filters?: Record<string, string>;
}

/** Words of the generated archive (seed 7) at every frequency, from one article to every one, as the benchmark's `kind:term`. */
const QUERIES: Query[] = [
  ...'rare:anorburoor,rare:mimilodisel,common:dilinter,common:roter,common:Okafor,common:Kraków,common:Москва,common:minister,common:the,two-word:election budget,two-word:Geneva talks,two-word:Amara Okafor,two-word:dilinter minister,prefix:minis,prefix:buv'
    .split(',')
    .map(benchQuery),
  { ...benchQuery('filter:minister'), filters: { year: '2020' } },
  { ...benchQuery('filter:Okafor'), filters: { year: '1999' } },
];

/**
 * Queries whose relevance order is not compared, and why. Pagefind extends a
 * term only to the words of the index chunks it loads for it: in one index of
 * these pages "the" fills a chunk of its own, so Pagefind scores "the" alone,
 * where the archive index also scores "their", as a prefix search should. The
 * counts agree, since every page holds "the"; the order cannot.
 */
const ORDER_NOT_COMPARED = new Map([['the', 'Pagefind’s chunk holds “the” alone']]);

/** What one search module answers to one query. */
interface Answer {
  unfiltered: number;
  results: number;
  /** The first results' articles, best first. */
  top: string[];
  newest: string[];
  oldest: string[];
  /** Results per filter value: people, places, organisations and stories as well as years and months. */
  filters: Record<string, Record<string, number>>;
}

/**
 * Imports each module on one page of the archive's origin and asks it every
 * query through the documented API only: `options`, `init`, `search` with
 * `filters` and `sort`, and each result's `data()`. A result's article is its
 * `url` metadata (the search document's, src/lib/search/search-document.ts),
 * else its `url`: a module may link a result to its article or to the
 * document it indexed.
 */
async function answers(page: Page, modules: string[]): Promise<Answer[][]> {
  return page.evaluate(
    async ({ modules, queries, top, compared }) => {
      interface Data {
        url: string;
        meta: Record<string, string>;
      }
      interface Result {
        data(): Promise<Data>;
      }
      interface Pagefind {
        options(options: Record<string, unknown>): Promise<void>;
        init(): Promise<void>;
        filters(): Promise<unknown>;
        search(
          term: string,
          options: Record<string, unknown>,
        ): Promise<{
          results: Result[];
          unfilteredResultCount: number;
          filters: Record<string, Record<string, number>>;
        }>;
      }
      const all: Answer[][] = [];
      for (const path of modules) {
        const pagefind = (await import(path)) as Pagefind;
        await pagefind.options({ excerptLength: 30 });
        await pagefind.init();
        // Pagefind counts a search's filter values only once its filters are loaded.
        await pagefind.filters();
        const data = (results: Result[], count: number) =>
          Promise.all(results.slice(0, count).map((result) => result.data()));
        const own: Answer[] = [];
        for (const { term, filters = {} } of queries) {
          const ranked = await pagefind.search(term, { filters });
          const newest = await pagefind.search(term, { filters, sort: { date: 'desc' } });
          const oldest = await pagefind.search(term, { filters, sort: { date: 'asc' } });
          own.push({
            unfiltered: ranked.unfilteredResultCount,
            results: ranked.results.length,
            top: (await data(ranked.results, top)).map((found) => found.meta['url'] ?? found.url),
            newest: (await data(newest.results, compared)).map((found) => found.meta['date']!),
            oldest: (await data(oldest.results, compared)).map((found) => found.meta['date']!),
            filters: ranked.filters,
          });
        }
        all.push(own);
      }
      return all;
    },
    { modules, queries: QUERIES, top: TOP, compared: SORTED_COMPARED },
  );
}

/**
 * The filter values whose results the engine counts otherwise than the
 * reference, "people Amara Okafor 12/9", or false if none. The engine lists
 * only the most named entities and largest stories; each must be exact.
 */
function differentCounts(ours: Answer['filters'], theirs: Answer['filters']): string | false {
  const differ = Object.entries(ours).flatMap(([name, values]) =>
    Object.entries(values)
      .filter(([value, count]) => count !== (theirs[name]?.[value] ?? 0))
      .map(([value, count]) => `${name} ${value} ${count}/${theirs[name]?.[value] ?? 0}`),
  );
  return differ.length > 0 && `filter counts: ${differ.slice(0, 3).join('; ')}`;
}

/** Within 1% of the reference, and exact below a hundred. */
const close = (value: number, reference: number) =>
  Math.abs(value - reference) <= Math.floor(reference / 100);

test('the archive search agrees with one Pagefind index of the same pages', async ({
  page,
}, testInfo) => {
  // Seventeen queries, three orders each, on two modules, with the data of the first results.
  test.slow();
  const removeIndex = await openBesideSingleIndex(
    page,
    '/agreement.html',
    '<!doctype html><title>Agreement</title>',
  );
  try {
    const [engine, reference] = await answers(page, [ENGINE, REFERENCE]);

    const rows = QUERIES.map((query, index) => {
      const ours = engine![index]!;
      const theirs = reference![index]!;
      const overlap = ours.top.filter((url) => theirs.top.includes(url)).length;
      const wanted = ORDER_NOT_COMPARED.has(query.term)
        ? 0
        : Math.min(query.term.includes(' ') ? 7 : 8, theirs.top.length);
      const failures = [
        !close(ours.unfiltered, theirs.unfiltered) && 'unfiltered count',
        !close(ours.results, theirs.results) && 'results',
        overlap < wanted && `top ${TOP}`,
        ours.newest.join() !== theirs.newest.join() && 'newest first',
        ours.oldest.join() !== theirs.oldest.join() && 'oldest first',
        differentCounts(ours.filters, theirs.filters),
      ].filter((failure) => failure !== false);
      return { query, ours, theirs, overlap, failures };
    });
    const table = [
      `engine ${ENGINE} against one Pagefind index (${REFERENCE})`,
      'query                          kind      unfiltered      results         top 10  sorted  failing',
      ...rows.map(({ query, ours, theirs, overlap, failures }) =>
        [
          `${query.term}${query.filters ? ` ${JSON.stringify(query.filters)}` : ''}`.padEnd(30),
          query.kind.padEnd(9),
          `${ours.unfiltered}/${theirs.unfiltered}`.padEnd(15),
          `${ours.results}/${theirs.results}`.padEnd(15),
          `${overlap}/${theirs.top.length}`.padEnd(7),
          (ours.newest.join() === theirs.newest.join() &&
          ours.oldest.join() === theirs.oldest.join()
            ? 'exact'
            : 'differ'
          ).padEnd(7),
          failures.join(', ') || (ORDER_NOT_COMPARED.get(query.term) ?? ''),
        ].join(' '),
      ),
    ].join('\n');
    console.log(table);
    await testInfo.attach('agreement', { body: table, contentType: 'text/plain' });
    expect(
      rows.filter((row) => row.failures.length > 0).map((row) => row.query.term),
      table,
    ).toEqual([]);
  } finally {
    await removeIndex();
  }
});
