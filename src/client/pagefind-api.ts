/**
 * The search bundle's `pagefind.js`: Pagefind's documented JavaScript API
 * (https://pagefind.app/docs/api/) over the archive index, so Pagefind's UIs
 * and anyone's own script search the whole archive as they would one
 * Pagefind index. Built on its own by esbuild into `dist/pagefind/pagefind.js`
 * (src/search-index/pagefind.ts). Beyond Pagefind's API it exports
 * `setDateRange`, `setRankDepth`, `setCountedFilters`, `setFetchAhead`,
 * `searchAhead`, `warmUp` and `suggest`, which the search page uses.
 */
import type { Ranking } from '../lib/search/archive-index/bm25.ts';
import { ArchiveFiles } from '../lib/search/archive-search/archive-files.ts';
import {
  ArchiveSearch,
  type ArchiveMatches,
  type DateRange,
  type SearchOptions,
} from '../lib/search/archive-search/archive-search.ts';
import { buildExcerpt, matchLocations } from '../lib/search/excerpt.ts';
import { queryTerms, WORD_SEPARATORS } from '../lib/search/query-terms.ts';
import { unpackFiles } from '../lib/search/archive-index/file-pack.ts';
import { WARM_UP_FILE, WARM_UP_QUERY } from '../lib/search/archive-index/layout.ts';
import { suggestQuery } from '../lib/search/archive-search/suggest-query.ts';
import type { PagefindFragment } from '../lib/search/pagefind-format.ts';
import { archiveFetch } from './archive-fetch.ts';

interface InstanceOptions {
  basePath?: string;
  baseUrl?: string;
  excerptLength?: number;
  highlightParam?: string | null;
  ranking?: Partial<Ranking>;
}

/** Results whose order is settled exactly unless the page asks for more (setRankDepth). */
let rankDepth = 20;
/** Results whose fragments each search fetches before they are asked for (setFetchAhead). */
let fetchAhead = 0;
/** Articles later searches are limited to (setDateRange). */
let dateRange: DateRange = {};
/** The filters, besides year and month, whose values later searches count (setCountedFilters); undefined: all. */
let countedFilters: ReadonlySet<string> | undefined;

/** What a search is limited to and ranks beyond Pagefind's options: the page's settings, or the warm-up's own. */
interface SearchSettings {
  range: DateRange;
  depth: number;
  counted: ReadonlySet<string> | undefined;
  fetchAhead: number;
}
const pageSettings = (): SearchSettings => ({
  range: dateRange,
  depth: rankDepth,
  counted: countedFilters,
  fetchAhead,
});

/** The files of each bundle folder, shared: the page's suggest() reads what the Component UI's instance has fetched. */
const filesOf = new Map<string, ArchiveFiles>();

function archiveFiles(folder: URL): ArchiveFiles {
  let files = filesOf.get(folder.href);
  if (!files) {
    files = new ArchiveFiles(archiveFetch(folder));
    filesOf.set(folder.href, files);
  }
  return files;
}

class ArchivePagefind {
  readonly #search: ArchiveSearch;
  readonly #files: ArchiveFiles;
  readonly #settings: () => SearchSettings;
  #options: Required<Omit<InstanceOptions, 'ranking' | 'basePath'>> = {
    baseUrl: '/',
    excerptLength: 30,
    highlightParam: null,
  };
  #searchId = 0;
  #ahead:
    | { key: string; controller: AbortController; response: Promise<SearchResponse | undefined> }
    | undefined;

  constructor(options: InstanceOptions, files?: ArchiveFiles, settings = pageSettings) {
    this.#settings = settings;
    this.#files = files ?? archiveFiles(new URL(options.basePath ?? './', import.meta.url));
    this.#search = new ArchiveSearch(this.#files);
    void this.options(options);
  }

  /** Pagefind's options; a base path is taken only by `createInstance`, when the files are first fetched. */
  options(options: InstanceOptions): Promise<void> {
    const { ranking, basePath: _basePath, ...rest } = options;
    if (ranking) this.#search.ranking = ranking;
    this.#options = {
      ...this.#options,
      ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
    };
    return Promise.resolve();
  }

  async init(): Promise<void> {
    await this.#files.meta();
  }

  async filters(): Promise<Record<string, Record<string, number>>> {
    return this.#search.filters();
  }

  async preload(term: string): Promise<void> {
    await this.#search.preload(term);
  }

  /**
   * Starts the search of `term` that a UI is about to make, once its words'
   * first tiers are loaded, if each word is specific enough to have them
   * (preload); the next search() of the same query, options and settings
   * takes its answer. A search ahead started later stops this one.
   */
  searchAhead(term: string, options: SearchOptions = {}): void {
    this.#ahead?.controller.abort();
    const controller = new AbortController();
    // The settings of now, for the key and the search alike: the page may change them while the files load.
    const settings = this.#settings();
    const response = this.#search
      .preload(term)
      .then((specific) =>
        specific ? this.#run(term, options, settings, controller.signal) : undefined,
      );
    // Its answer may never be asked for; a search that takes it handles a failure by searching again.
    response.catch(() => {});
    this.#ahead = { key: searchKey(term, options, settings), controller, response };
  }

  async search(term: string | null, options: SearchOptions = {}): Promise<SearchResponse> {
    const settings = this.#settings();
    const ahead = this.#ahead;
    this.#ahead = undefined;
    if (ahead?.key === searchKey(term, options, settings)) {
      const response = await ahead.response.catch(() => undefined);
      if (response) return response;
    } else ahead?.controller.abort();
    return this.#run(term, options, settings);
  }

  async #run(
    term: string | null,
    options: SearchOptions,
    { range, depth, counted, fetchAhead: ahead }: SearchSettings,
    signal?: AbortSignal,
  ): Promise<SearchResponse> {
    const started = performance.now();
    if (term !== null && queryTerms(term).length === 0) return empty();
    // A result's data() reads its fragment from the files' cache, where a failed fetch is tried again.
    const fetchFragments = (docs: Iterable<number>) => {
      for (const doc of docs) this.#files.fragment(doc).catch(() => {});
    };
    const found = await this.#search.search(term, options, {
      range,
      depth,
      ...(counted && { counted }),
      ...(signal && { signal }),
      ...(ahead > 0 && { lead: { count: ahead, settled: fetchFragments } }),
    });
    // Pagefind lists every match: a common word's are most of the archive, so each result is a small object.
    const load = (doc: number) => this.#data(doc, found);
    fetchFragments(found.docs.subarray(0, ahead));
    const results = Array.from(
      found.docs,
      (doc, index) => new SearchResult(doc, found.scores[index]!, load),
    );
    const took = performance.now() - started;
    return {
      results,
      unfilteredResultCount: found.unfiltered,
      filters: found.filters,
      totalFilters: found.totalFilters,
      timings: { preload: 0, search: took, total: took },
    };
  }

  suggest(term: string): Promise<string | undefined> {
    return suggestQuery(term, {
      articles: async (word) => {
        const [stem] = queryTerms(word);
        if (!stem) return 0;
        const entries = await this.#files.words(stem);
        // Pagefind's fallback gives a shorter word than the stem: not the word typed.
        return entries
          .filter((entry) => entry.word.startsWith(stem))
          .reduce((sum, { df }) => sum + df, 0);
      },
      chunk: (key) => this.#files.suggestChunk(key),
    });
  }

  async debouncedSearch(term: string | null, options: SearchOptions = {}, timeout = 300) {
    const id = ++this.#searchId;
    if (term !== null) void this.preload(term).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, timeout));
    if (id !== this.#searchId) return null;
    const response = await this.search(term, options);
    return id === this.#searchId ? response : null;
  }

  /** Nothing to free: no worker and no WebAssembly. */
  destroy(): Promise<void> {
    return Promise.resolve();
  }

  mergeIndex(): Promise<void> {
    return Promise.reject(
      new Error('this archive is one index already: mergeIndex is not supported'),
    );
  }

  async #data(doc: number, found: ArchiveMatches): Promise<ResultData> {
    const fragment = await this.#files.fragment(doc);
    const locations = matchLocations(
      fragment.content,
      found.words.map(({ stem }) => stem),
      found.matched.flat(),
    );
    const title = fragment.meta['title'] ?? '';
    const skip =
      title && fragment.content.startsWith(title) ? title.split(WORD_SEPARATORS).length : 0;
    return {
      ...fragment,
      raw_url: fragment.url,
      url: this.#url(
        fragment.meta['url'] ?? fragment.url,
        found.words.map(({ folded }) => folded),
      ),
      excerpt: buildExcerpt(fragment.content, locations, {
        length: this.#options.excerptLength,
        skip,
      }),
      locations,
      weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: 1, location })),
      sub_results: [],
    };
  }

  /**
   * The article's address (its `url` metadata is site-absolute), with the
   * query's words to highlight there, normalised as Pagefind passes them.
   */
  #url(path: string, words: readonly string[]): string {
    const { highlightParam } = this.#options;
    if (!highlightParam || words.length === 0) return path;
    const url = new URL(path, 'http://search.invalid/');
    for (const word of words) url.searchParams.append(highlightParam, word);
    return `${url.pathname}${url.search}`;
  }
}

/** A result's `data()`, as Pagefind's gives it. */
interface ResultData extends PagefindFragment {
  raw_url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  sub_results: never[];
}

/** Pagefind's answer to a search. */
interface SearchResponse {
  results: SearchResult<ResultData>[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  timings: { preload: number; search: number; total: number };
}

/** What decides a search's answer: the query, Pagefind's options and the page's settings. */
function searchKey(term: string | null, options: SearchOptions, settings: SearchSettings): string {
  const filters = Object.entries(options.filters ?? {}).filter(
    ([, value]) => !Array.isArray(value) || value.length > 0,
  );
  return JSON.stringify([
    term,
    filters,
    options.sort ?? {},
    settings.range,
    settings.depth,
    settings.counted && [...settings.counted],
    settings.fetchAhead,
  ]);
}

/** One result of Pagefind's API, its page loaded by `data()`. */
class SearchResult<T> {
  readonly id: string;
  readonly score: number;
  readonly words: number[] = [];
  readonly #doc: number;
  readonly #load: (doc: number) => Promise<T>;

  constructor(doc: number, score: number, load: (doc: number) => Promise<T>) {
    this.id = String(doc);
    this.score = score;
    this.#doc = doc;
    this.#load = load;
  }

  data(): Promise<T> {
    return this.#load(this.#doc);
  }
}

/** Pagefind's answer to a query with no word in it. */
const empty = () => ({
  results: [],
  unfilteredResultCount: 0,
  filters: {},
  totalFilters: {},
  timings: { preload: 0, search: 0, total: 0 },
});

let shared: ArchivePagefind | undefined;
/** The instance a UI made last (createInstance), whose next search searchAhead prepares. */
let latest: ArchivePagefind | undefined;
let sharedOptions: InstanceOptions = {};
const primary = () => (shared ??= new ArchivePagefind(sharedOptions));

export async function options(value: InstanceOptions): Promise<void> {
  if (shared) await shared.options(value);
  else sharedOptions = { ...sharedOptions, ...value };
}
export const init = () => primary().init();
export const search = (term: string | null, value?: SearchOptions) => primary().search(term, value);
export const debouncedSearch = (term: string | null, value?: SearchOptions, timeout?: number) =>
  primary().debouncedSearch(term, value, timeout);
export const preload = (term: string) => primary().preload(term);
export const filters = () => primary().filters();
export const mergeIndex = () => primary().mergeIndex();
export function destroy(): Promise<void> {
  shared = undefined;
  latest = undefined;
  sharedOptions = {};
  return Promise.resolve();
}

/** What Pagefind's Component UI calls: an instance of its own, with its own options. */
export function createInstance(value: InstanceOptions = {}) {
  const instance = new ArchivePagefind(value);
  latest = instance;
  return {
    options: (more: InstanceOptions) => instance.options(more),
    init: () => instance.init(),
    destroy: () => instance.destroy(),
    mergeIndex: () => instance.mergeIndex(),
    search: (term: string | null, more?: SearchOptions) => instance.search(term, more),
    debouncedSearch: (term: string | null, more?: SearchOptions, timeout?: number) =>
      instance.debouncedSearch(term, more, timeout),
    preload: (term: string) => instance.preload(term),
    filters: () => instance.filters(),
  };
}

/**
 * Starts, as the reader types, the search the page's UI will make once its
 * input's debounce has passed (on the instance it created last, or the
 * module's own): a query whose every word is specific (see preload) is
 * searched meanwhile, with the fetches of its tiers and first fragments,
 * and the UI's search of the same query, options and settings takes that
 * answer. Each call stops the one before it.
 */
export const searchAhead = (term: string, value?: SearchOptions) =>
  (latest ?? primary()).searchAhead(term, value);

/** Limits every later search to articles dated within `range` (inclusive, YYYY-MM-DD). */
export function setDateRange(range: DateRange): void {
  dateRange = range;
}

/**
 * "Did you mean": `term` with each word the index does not find, or finds in
 * few articles while a near word is written far more often, replaced by that
 * word (suggest-query.ts); undefined if none is. It reads the term chunks a
 * search of `term` has loaded, and fetches vocabulary chunks only for those
 * words.
 */
export const suggest = (term: string) => primary().suggest(term);

/**
 * Counts, over each later search's matches, only the values of `names`
 * besides year and month, as a page that shows only those does; the other
 * filters keep the whole archive's counts, and their values' docs are not
 * fetched. Undefined: every filter, as Pagefind counts them.
 */
export function setCountedFilters(names: readonly string[] | undefined): void {
  countedFilters = names && new Set(names);
}

/** How many results a search ranks exactly: the page raises it as "Show more results" shows more. */
export function setRankDepth(depth: number): void {
  rankDepth = Math.max(1, depth);
}

/**
 * Fetches the fragments of each later search's first `count` results as
 * soon as they are ranked, while the page draws the counts and the list: a
 * UI that loads a result's data once it is drawn and on screen, as Pagefind's
 * Component UI does, then finds them loaded.
 */
export function setFetchAhead(count: number): void {
  fetchAhead = Math.max(0, count);
}

/**
 * V8 optimises a function only once it has run many times: a single search
 * of the warm-up index's 24 pages would leave the engine's loops to its
 * baseline compiler for the reader's first query.
 */
const WARM_UP_SEARCHES = 40;

/**
 * Searches the warm-up index, one file of invented pages beside the
 * archive's (src/search-index/warm-up-index.ts), and loads its first results'
 * data, with settings of its own, WARM_UP_SEARCHES times: the page calls it
 * as it opens, so that fetching, decoding, ranking and excerpts are compiled
 * before a reader's first query rather than during it. It stops early once
 * `signal` aborts: a reader who types at once is not kept waiting by it.
 */
export async function warmUp(signal?: AbortSignal): Promise<void> {
  const pack = unpackFiles(await archiveFetch(new URL('./', import.meta.url))(WARM_UP_FILE));
  const files = new ArchiveFiles((path) => {
    const bytes = pack.get(path);
    return bytes
      ? Promise.resolve(bytes)
      : Promise.reject(new Error(`no ${path} in the warm-up index`));
  });
  const instance = new ArchivePagefind({}, files, () => ({
    range: {},
    depth: 10,
    counted: undefined,
    fetchAhead: 0,
  }));
  for (let run = 0; run < WARM_UP_SEARCHES && !signal?.aborted; run++) {
    const { results } = await instance.search(WARM_UP_QUERY);
    await Promise.all(results.slice(0, 3).map((result) => result.data()));
  }
}
