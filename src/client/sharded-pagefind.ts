/**
 * The search bundle's `pagefind.js`: Pagefind's UI imports it from its
 * `bundle-path` and calls `createInstance()`, as it would Pagefind's own
 * module, and gets a search over the archive's chronological shards (see
 * src/lib/search/sharded-search.ts). Built on its own by esbuild into
 * `dist/pagefind/pagefind.js` (src/search-index/pagefind.ts), because it
 * must keep that fixed name.
 */
import { linkToArticle, type ResultLink } from '../lib/search/highlight.ts';
import { ShardedSearch, type SearchResult, type ShardIndex } from '../lib/search/sharded-search.ts';
import { MANIFEST_FILE, type ShardManifest } from '../lib/search/shards.ts';

interface PagefindModule {
  createInstance(options: Record<string, unknown>): ShardIndex;
}

/** Results to find before a search stops at a shard: the first page of the results list. */
const WANT = 10;
/** Articles a search step may cover before it stops with fewer results. */
const STEP_ARTICLES = 10_000;

const bundle = new URL('./', import.meta.url);
let current: ShardedSearch | undefined;

export function createInstance(options: Record<string, unknown> = {}): ShardedSearch {
  const manifest = fetch(new URL(MANIFEST_FILE, bundle)).then(async (response) => {
    if (!response.ok)
      throw new Error(`could not load the search manifest: HTTP ${response.status}`);
    return (await response.json()) as ShardManifest;
  });
  // Every shard's bundle holds the same engine; one copy of it, from the first
  // shard a search opens, serves them all, each shard an instance with its
  // own base path. An archive with no article has no shard, and no engine.
  let engine: Promise<PagefindModule> | undefined;
  const site = new URL('../', bundle).pathname;
  current = new ShardedSearch(
    manifest,
    (shard) => {
      engine ??= import(
        /* @vite-ignore */ new URL(`${shard.path}pagefind.js`, bundle).href
      ) as Promise<PagefindModule>;
      const instance = engine.then((module) =>
        module.createInstance({
          ...options,
          basePath: new URL(shard.path, bundle).pathname,
          baseUrl: site,
        }),
      );
      return {
        search: async (term, searchOptions) => {
          const response = await (await instance).search(term, searchOptions);
          return response && { ...response, results: response.results.map(linkResult) };
        },
      };
    },
    { want: WANT, stepArticles: STEP_ARTICLES },
  );
  return current;
}

/** A result whose data links to its article, with the search terms to highlight there. */
function linkResult(result: SearchResult): SearchResult {
  return { ...result, data: async () => linkToArticle((await result.data()) as ResultLink) };
}

/** Makes the next search of the latest query reach further back (or forward, sorted oldest first). */
export function searchOlder(): void {
  current?.searchOlder();
}

/** What the search page imports this module as. */
export type ShardedPagefind = { searchOlder: typeof searchOlder };
