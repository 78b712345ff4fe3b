import { readFileSync } from 'node:fs';
import {
  pageKind,
  recordRequests,
  samplePages,
  scriptPaths,
  settle,
  type PageKind,
} from '../../scripts/bench/pages.ts';
import { expect, htmlFiles, sitePath, test } from './fixtures.ts';

// The JavaScript each kind of page loads, one by one, so that a new script
// fails here until it is justified and listed (README, "What a page loads").

/** The "/" key that focuses the search box: every page, for the header's box (src/client/search-key.ts). */
const SEARCH_KEY = '/_astro/SearchForm.astro_astro_type_script_index_0_lang.js';
/** Marks the search terms in an article opened from a result, and loads nothing more without them (src/client/highlight-terms.ts). */
const HIGHLIGHT_TERMS = '/_astro/_slug_.astro_astro_type_script_index_0_lang.js';
/** Starts Pagefind's UI and ties it to the URL, the sort order and the shards (src/client/search-page.ts). */
const SEARCH_PAGE = '/_astro/search.astro_astro_type_script_index_0_lang.js';

/** What a page of each kind links in its HTML. */
const LINKED: Record<PageKind, string[]> = {
  timeline: [SEARCH_KEY],
  year: [SEARCH_KEY],
  month: [SEARCH_KEY],
  day: [SEARCH_KEY],
  entity: [SEARCH_KEY],
  'entity index': [SEARCH_KEY],
  story: [SEARCH_KEY],
  'story index': [SEARCH_KEY],
  '404': [SEARCH_KEY],
  article: [SEARCH_KEY, HIGHLIGHT_TERMS],
  search: [SEARCH_KEY, SEARCH_PAGE],
};

/** What a page loads in all, those scripts included, by sample page (samplePages). */
const LOADED: Record<string, string[]> = {
  ...LINKED,
  // Pagefind's highlighter, only when the URL carries terms from a search.
  'article from a search': [...LINKED.article, '/pagefind/pagefind-highlight.js'],
  search: [
    ...LINKED.search,
    // The archive's search, which Pagefind's UI imports as its engine (src/client/pagefind-api.ts).
    '/pagefind/pagefind.js',
    // Pagefind's Component UI: input, filters, results.
    '/pagefind/pagefind-component-ui.js',
  ],
};

const dist = new URL('../../dist/', import.meta.url);
const QUERY = 'Dmitriev';

test.describe('what each kind of page loads', () => {
  test('every built page links exactly the scripts of its kind', () => {
    for (const folder of ['../../dist/', '../../dist-fixtures/corpus/']) {
      const archive = new URL(folder, import.meta.url);
      for (const file of htmlFiles(archive)) {
        const html = readFileSync(new URL(file, archive), 'utf8');
        const linked = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+\.m?js)"/gu)]
          .map(([, src]) => src!.replace(/\.[\w-]{8}\.js$/u, '.js'))
          .sort();
        expect(linked, file).toEqual(LINKED[pageKind(sitePath(file))].toSorted());
      }
    }
  });

  for (const name of Object.keys(LOADED)) {
    test(`${name}: its scripts, no font file, and nothing from another origin`, async ({
      page,
      baseURL,
    }) => {
      const requests = recordRequests(page);
      await page.goto(samplePages(htmlFiles(dist).map(sitePath), QUERY)[name]!);
      await settle(page, name);
      expect(scriptPaths(requests)).toEqual(LOADED[name]!.toSorted());
      // System fonts only (src/styles/global.css).
      expect(
        requests
          .filter((request) => request.resourceType() === 'font')
          .map((request) => request.url()),
      ).toEqual([]);
      const elsewhere = requests
        .map((request) => request.url())
        .filter((url) => !url.startsWith('data:') && new URL(url).origin !== baseURL);
      expect(elsewhere).toEqual([]);
    });
  }
});
