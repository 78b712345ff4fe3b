import { shardsToSearch, type FilterCounts, type Shard, type ShardManifest } from './shards.ts';

/** The part of a Pagefind result and response that Pagefind's UI reads. */
export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<unknown>;
}

export interface SearchResponse {
  results: SearchResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One shard's Pagefind instance, as `createInstance()` of its `pagefind.js` returns it. */
export interface ShardIndex {
  search(term: string | null, options: SearchOptions): Promise<SearchResponse | null>;
}

/** Which part of the archive the results come from. */
export interface Coverage {
  /** Dates of the oldest and newest article in the shards searched so far. */
  from: string;
  to: string;
  /** Articles in the shards searched, and in all the shards this search may reach. */
  searched: number;
  reachable: number;
  /** Whether every shard this search may reach has been searched. */
  complete: boolean;
}

export interface ShardedResponse extends SearchResponse {
  coverage: Coverage;
}

export interface ShardedSearchOptions {
  /** A search goes on to the next shard until it has this many results (a page of them). */
  want: number;
  /** ... or until it has searched this many articles; "search older" goes on from there. */
  stepArticles: number;
}

/**
 * Searches a chronologically sharded index the way Pagefind's own search does
 * one index, loading only the shards a query needs. A query searches the
 * newest shards first (the oldest when sorted oldest first) until it has a
 * page of results or has searched `stepArticles` articles; `searchOlder()`
 * makes the next search of the same query take one more such step.
 *
 * Within a step, results are ranked as Pagefind ranks merged indexes: by
 * score, or by shard order when sorted by date (shards do not overlap in
 * time). Steps are appended, so results already shown never move when older
 * ones arrive. Pagefind's own `mergeIndex` is not used: it loads every index
 * for every query, and it interleaves date-sorted results across indexes.
 */
export class ShardedSearch {
  readonly #manifest: Promise<ShardManifest>;
  readonly #open: (shard: Shard) => ShardIndex;
  readonly #options: ShardedSearchOptions;
  readonly #indexes = new Map<string, ShardIndex>();
  /** Per query: the responses of each step searched, one per shard. */
  readonly #steps = new Map<string, SearchResponse[][]>();
  #lastQuery: string | undefined;
  #olderFor: string | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    manifest: Promise<ShardManifest>,
    open: (shard: Shard) => ShardIndex,
    options: ShardedSearchOptions,
  ) {
    this.#manifest = manifest;
    this.#open = open;
    this.#options = options;
  }

  /** Article counts per filter value across the whole archive, without loading a shard. */
  async filters(): Promise<FilterCounts> {
    return (await this.#manifest).filters;
  }

  /** Makes the next search of the latest query go one step further into the archive. */
  searchOlder(): void {
    this.#olderFor = this.#lastQuery;
  }

  /** Searches one at a time: a step's shards depend on what the previous search found. */
  search(term: string | null, options: SearchOptions = {}): Promise<ShardedResponse | null> {
    const run = this.#queue.then(() => this.#search(term, options));
    this.#queue = run.catch(() => {});
    return run;
  }

  async #search(
    term: string | null,
    { filters = {}, sort = {} }: SearchOptions,
  ): Promise<ShardedResponse | null> {
    const manifest = await this.#manifest;
    const sorted = Object.keys(sort).length > 0;
    const shards = shardsToSearch(
      manifest,
      filters,
      Object.values(sort)[0] === 'asc' ? 'asc' : 'desc',
    );
    const query = JSON.stringify([term, filters, sort]);
    this.#lastQuery = query;
    const steps = this.#steps.get(query) ?? [];
    const searched = steps.flat().length;
    if ((steps.length === 0 || this.#olderFor === query) && searched < shards.length) {
      const step: SearchResponse[] = [];
      let found = 0;
      let articles = 0;
      for (const shard of shards.slice(searched)) {
        const response = await this.#index(shard).search(term, { filters, sort });
        if (!response) return null;
        step.push(response);
        found += response.results.length;
        articles += shard.articles;
        if (found >= this.#options.want || articles >= this.#options.stepArticles) break;
      }
      steps.push(step);
      this.#steps.set(query, steps);
    }
    if (this.#olderFor === query) this.#olderFor = undefined;

    const responses = steps.flat();
    const reached = shards.slice(0, responses.length);
    return {
      results: steps.flatMap((step) => rankStep(step, sorted)),
      unfilteredResultCount: sum(responses.map((response) => response.unfilteredResultCount)),
      filters: addCounts(responses.map((response) => response.filters)),
      totalFilters: addCounts(responses.map((response) => response.totalFilters)),
      coverage: {
        from: reached.map((shard) => shard.from).reduce(min, '9999-12-31'),
        to: reached.map((shard) => shard.to).reduce(max, '0000-01-01'),
        searched: sum(reached.map((shard) => shard.articles)),
        reachable: sum(shards.map((shard) => shard.articles)),
        complete: reached.length === shards.length,
      },
    };
  }

  #index(shard: Shard): ShardIndex {
    let index = this.#indexes.get(shard.path);
    if (!index) this.#indexes.set(shard.path, (index = this.#open(shard)));
    return index;
  }
}

/** A step's results in one list: by score, or in shard order when the shards' results are sorted. */
function rankStep(step: readonly SearchResponse[], sorted: boolean): SearchResult[] {
  const results = step.flatMap((response) => response.results);
  return sorted ? results : results.sort((a, b) => b.score - a.score);
}

/** Adds per-value counts from several shards. */
export function addCounts(all: readonly (FilterCounts | undefined)[]): FilterCounts {
  const total: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts ?? {})) {
      const into = (total[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return total;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const min = (a: string, b: string) => (b < a ? b : a);
const max = (a: string, b: string) => (b > a ? b : a);
