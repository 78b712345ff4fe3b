import {
  DEFAULT_RANKING,
  idf,
  lengthBonus,
  wordScore,
  type Ranking,
} from '../archive-index/bm25.ts';
import { countInRange, intersect, rangeOf, union } from '../archive-index/doc-set.ts';
import type { ArchiveMeta, DayTable } from '../archive-index/layout.ts';
import { tierSize } from '../archive-index/tiers.ts';
import type { TermEntry } from '../archive-index/term-chunk.ts';
import { queryWords, type QueryWord } from '../query-terms.ts';
import type { ArchiveFiles } from './archive-files.ts';
import { filterSet, type FilterQuery } from './filter-sets.ts';
import { MatchScores, widestWords } from './rank.ts';

/** The shortest word {@link ArchiveSearch.preload} loads anything for. */
const PRELOAD_MIN_LENGTH = 3;
/** The most index words a preloaded word may match and still have their first tiers loaded. */
const PRELOAD_TIERED_WORDS = 4;

export interface SearchOptions {
  filters?: FilterQuery;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Inclusive dates, YYYY-MM-DD; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** What the page asks of a search beyond Pagefind's options. */
export interface SearchScope {
  /** The articles searched. */
  range: DateRange;
  /** How many results, from the first, are ranked in Pagefind's order. */
  depth: number;
  /**
   * The filters besides year and month whose listed values are counted over
   * the matches (undefined: every one, as Pagefind counts); the others keep
   * the whole archive's counts.
   */
  counted?: ReadonlySet<string>;
  /** Stops the search between rounds of loading tiers, rejecting with its reason: a search no longer wanted. */
  signal?: AbortSignal;
  /**
   * Told the docs of the first `count` results, best first, as soon as the
   * ranking has settled them, which may be rounds before it settles `depth`:
   * a page fetches what it shows first meanwhile. Not told when sorting by date.
   */
  lead?: { count: number; settled(docs: number[]): void };
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface ArchiveMatches {
  /** The query's words, as typed and as Pagefind looks them up. */
  words: QueryWord[];
  /** The index words each query word matched. */
  matched: string[][];
  /** Matching docs in result order. */
  docs: Uint32Array;
  /** Each result's score, in result order (0 when sorted by date). */
  scores: Float64Array;
  /** Matches of the query before filters and date range. */
  unfiltered: number;
  /** Per filter value, counts of the results and of the unfiltered matches. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/**
 * Postings the ranking loads at most for one query, by default, before it
 * settles for ranking by what it knows: about 100 kB of tier files. A
 * query's first tiers are always loaded.
 */
const RANKING_BUDGET = 40_000;

export interface ArchiveSearchOptions {
  /** Postings the ranking loads at most for one query (RANKING_BUDGET). */
  rankingBudget?: number;
}

/**
 * Searches the whole archive through its archive index (src/search-index/
 * archive-index.ts) as one Pagefind index of every article would: the same
 * matches (every word of the query, each as a prefix of index words), the
 * same counts and Pagefind's score, computed with the whole archive's
 * statistics. It fetches only the term chunks of the query's words, a
 * frequent word's membership and best postings, and the filter values asked for.
 */
export class ArchiveSearch {
  readonly #files: ArchiveFiles;
  readonly #budget: number;
  #ranking: Ranking = DEFAULT_RANKING;

  constructor(files: ArchiveFiles, { rankingBudget = RANKING_BUDGET }: ArchiveSearchOptions = {}) {
    this.#files = files;
    this.#budget = rankingBudget;
  }

  /** Pagefind's `ranking` option: the weights not given keep their defaults. */
  set ranking(ranking: Partial<Ranking>) {
    this.#ranking = {
      ...DEFAULT_RANKING,
      ...ranking,
      metaWeights: { ...DEFAULT_RANKING.metaWeights, ...ranking.metaWeights },
    };
  }

  /** Whole-archive counts per filter value, shown before a search. */
  async filters(): Promise<FilterCounts> {
    return (await this.#files.meta()).filters;
  }

  /**
   * Every match of `term` (null: every article) that passes the filters and
   * the scope's date range, ranked so that at least the first `depth` are in
   * Pagefind's order.
   */
  async search(
    term: string | null,
    options: SearchOptions,
    scope: SearchScope,
  ): Promise<ArchiveMatches> {
    const meta = await this.#files.meta();
    const words = term === null ? [] : queryWords(term);
    const entries = await Promise.all(words.map(({ stem }) => this.#files.words(stem)));
    const members = Promise.all(
      entries.map(async (list) =>
        union(await Promise.all(list.map((entry) => this.#files.members(entry)))),
      ),
    );
    const order = Object.values(options.sort ?? {})[0];
    if (order === undefined) this.#fetchTiersAhead(entries, meta.tiers);
    const termSets = await members;
    const unfiltered =
      term === null
        ? rangeOf(0, meta.docs)
        : termSets.slice(1).reduce((a, b) => intersect(a, b), termSets[0] ?? new Uint32Array());
    const limits = [
      await filterSet(
        options.filters ?? {},
        (name, value) => this.#valueSet(meta, name, value),
        meta.docs,
      ),
      await this.#rangeSet(meta, scope.range),
    ].filter((set): set is Uint32Array => set !== undefined);
    const matches = limits.reduce((a, b) => intersect(a, b), unfiltered);

    const ranked =
      order === undefined
        ? await this.#rank(meta, words, entries, termSets, matches, scope)
        : {
            docs: order === 'asc' ? matches : matches.slice().reverse(),
            scores: new Float64Array(matches.length),
          };
    return {
      words,
      matched: entries.map((list) => list.map((entry) => entry.word)),
      ...ranked,
      unfiltered: unfiltered.length,
      ...(await this.#bothCounts(meta, matches, unfiltered, options.filters, scope.counted)),
    };
  }

  /**
   * Fetches what a search of `term` will need first, without searching: the
   * term chunks of its words, the first tiers of the index words they begin
   * and the tiers fetched ahead with them (each word's on its own budget).
   * A page preloads at every keystroke, so a word shorter than
   * {@link PRELOAD_MIN_LENGTH} is skipped, and the word being typed, the last
   * unless a space follows it, loads only its chunks if it begins more than
   * {@link PRELOAD_TIERED_WORDS} words: either would fetch hundreds of
   * kilobytes for a word the reader has not finished typing. A word typed
   * past is finished, and its search loads every word it begins. It resolves
   * to whether every word of `term` had its first tiers loaded: a query
   * specific enough to search before the reader stops typing.
   */
  async preload(term: string): Promise<boolean> {
    const words = queryWords(term);
    const typing = /\S$/u.test(term) ? words.length - 1 : -1;
    const loaded = await Promise.all(
      words.map(async ({ stem }, index) => {
        if ([...stem].length < PRELOAD_MIN_LENGTH) return false;
        const entries = await this.#files.words(stem);
        if (index === typing && entries.length > PRELOAD_TIERED_WORDS) return false;
        const members = Promise.all(entries.map((entry) => this.#files.members(entry)));
        this.#fetchTiersAhead([entries], (await this.#files.meta()).tiers);
        await members;
        return true;
      }),
    );
    return words.length > 0 && loaded.every(Boolean);
  }

  /**
   * Starts fetching, with the first tiers, the tiers the ranking's next
   * rounds load unless the first results are settled before: each term's
   * widest words, as its first round picks them (rank.ts `widestWords`), and
   * their growing tiers, those smaller than the last size (with the default
   * tiers, a word's second and third, 1,024 and 4,096 postings). So a
   * common word's next rounds find their tiers loaded or on the way, rather
   * than each waiting a round trip; a query whose first tiers settle it has
   * fetched them for nothing, a few kilobytes a word, where a full-size tier
   * would be ten times that.
   */
  #fetchTiersAhead(entries: readonly TermEntry[][], sizes: readonly number[]): void {
    const words = entries.flatMap((list, term) =>
      list.map((entry) => ({ entry, term, bound: entry.impacts[1] ?? 0 })),
    );
    // As the ranking counts them: every word's first tier is loaded.
    let planned = words.reduce((sum, { entry }) => sum + Math.min(entry.df, sizes[0]!), 0);
    for (const index of widestWords(words, () => true)) {
      const { entry } = words[index]!;
      const growing = Math.min(entry.impacts.length, sizes.length - 1);
      for (let tier = 1; tier < growing && planned < this.#budget; tier++) {
        planned += tierSize(tier, sizes);
        // The ranking awaits the same file, and a failed fetch is tried again there.
        this.#files.tier(entry, tier).catch(() => {});
      }
    }
  }

  /** The counts of the results and of the unfiltered matches: one count when no filter narrows them. */
  async #bothCounts(
    meta: ArchiveMeta,
    matches: Uint32Array,
    unfiltered: Uint32Array,
    filters: FilterQuery | undefined,
    counted: ReadonlySet<string> | undefined,
  ): Promise<{ filters: FilterCounts; totalFilters: FilterCounts }> {
    const total = await this.#counts(meta, unfiltered, {}, counted);
    return {
      filters: matches === unfiltered ? total : await this.#counts(meta, matches, filters, counted),
      totalFilters: total,
    };
  }

  async #rank(
    meta: ArchiveMeta,
    words: readonly QueryWord[],
    entries: readonly TermEntry[][],
    termSets: readonly Uint32Array[],
    matches: Uint32Array,
    { depth, signal, lead }: SearchScope,
  ): Promise<{ docs: Uint32Array; scores: Float64Array }> {
    const ranking = this.#ranking;
    const stats = { docs: meta.docs, averageLength: meta.averageLength };
    // Pagefind 1.6 takes a term's idf over every page holding any of its words.
    const termIdf = termSets.map((set) => idf(set.length, meta.docs));
    const scored = entries.flatMap((list, term) =>
      list.map((entry) => {
        const { typed, stem } = words[term]!;
        return {
          entry,
          term,
          df: termSets[term]!.length,
          bonus: lengthBonus(entry.word.length, stem.length, ranking.termSimilarity),
          typedForm: entry.word.startsWith(typed) || typed.startsWith(entry.word),
        };
      }),
    );
    const weights = {
      termIdf,
      fieldWeights: meta.metaFields.map((field) => ranking.metaWeights[field] ?? 1),
    };
    const state = new MatchScores(
      matches,
      await Promise.all(
        scored.map(async ({ entry, term }) => ({
          term,
          members: await this.#files.members(entry),
        })),
      ),
      weights,
    );
    const loaded = scored.map(() => 0);
    let postingsLoaded = 0;
    const load = async (index: number) => {
      const { entry, term, df, bonus, typedForm } = scored[index]!;
      const postings = await this.#files.tier(entry, loaded[index]!);
      loaded[index]! += 1;
      postingsLoaded += postings.docs.length;
      const score = (at: number) =>
        wordScore(
          { weight: postings.weights[at]!, length: postings.lengths[at]!, df },
          stats,
          ranking,
          bonus,
          typedForm,
        );
      const next = entry.impacts[loaded[index]!];
      // A later tier's best impact bounds the score of any posting not loaded (archive-index/bm25.ts).
      const bound =
        next === undefined ? 0 : (1 + ranking.diacriticSimilarity) * termIdf[term]! * next;
      state.add(index, postings.docs, score, postings.fields, bound);
    };
    const nextRound = () => {
      if (postingsLoaded >= this.#budget) return [];
      const widest = widestWords(
        state.words,
        (index) => loaded[index]! < scored[index]!.entry.impacts.length,
      );
      // The tiers one at a time would load, widest first, until the budget is spent.
      let planned = postingsLoaded;
      return widest.filter((index) => {
        if (planned >= this.#budget) return false;
        planned += tierSize(loaded[index]!, meta.tiers);
        return true;
      });
    };
    const here = (index: number) => this.#files.hasTier(scored[index]!.entry, loaded[index]!);
    let leading = lead;
    const tellLead = () => {
      const top = leading && state.settledTop(leading.count);
      if (!top) return;
      leading!.settled(top.map((at) => matches[at]!));
      leading = undefined;
    };
    // Every word's first tier, then rounds until the first `depth` are settled or the budget is spent.
    let round = [...scored.keys()];
    do {
      // A round whose tiers are here already, fetched ahead, loads without the ranking bounded first: bounding a common
      // query's matches costs more than the postings it could spare, and the first `depth` come out the same.
      do {
        await Promise.all(round.map(load));
        signal?.throwIfAborted();
        round = nextRound();
      } while (round.length > 0 && round.every(here));
      tellLead();
    } while (round.length > 0 && !state.settledTop(depth));
    const { order, scores } = state.ranking();
    const docs = new Uint32Array(order.length);
    const ranked = new Float64Array(order.length);
    for (let rank = 0; rank < order.length; rank++) {
      docs[rank] = matches[order[rank]!]!;
      ranked[rank] = scores[order[rank]!]!;
    }
    return { docs, scores: ranked };
  }

  /** The docs of one filter value: a period from the index's month ranges, any other value from its bucket. */
  async #valueSet(meta: ArchiveMeta, name: string, value: string): Promise<Uint32Array> {
    if (name === 'year' || name === 'month') {
      const months = meta.months.filter(([month]) =>
        name === 'year' ? month.slice(0, 4) === value : month === value,
      );
      return union(months.map(([, first, count]) => rangeOf(first, first + count)));
    }
    return this.#files.filterValue(name, value);
  }

  async #rangeSet(meta: ArchiveMeta, { from, to }: DateRange): Promise<Uint32Array | undefined> {
    if (from === undefined && to === undefined) return undefined;
    const days = await this.#files.days();
    const first = from === undefined ? 0 : firstDocOn(days, from, meta.docs);
    const end = to === undefined ? meta.docs : firstDocOn(days, nextDay(to), meta.docs);
    return rangeOf(first, Math.max(first, end));
  }

  /**
   * Counts of `docs` per year and month, per value listed of the `counted`
   * filters, and per filter value asked for, exact. The other filters' values
   * keep the whole archive's counts: a page counts only the filters it shows,
   * as counting one fetches its listed values' docs (docs/search.md#filters).
   */
  async #counts(
    meta: ArchiveMeta,
    docs: Uint32Array,
    filters: FilterQuery | undefined,
    counted: ReadonlySet<string> | undefined,
  ): Promise<FilterCounts> {
    const year: Record<string, number> = {};
    const month: Record<string, number> = {};
    for (const [name, first, count] of meta.months) {
      const found = countInRange(docs, first, first + count);
      month[name] = found;
      year[name.slice(0, 4)] = (year[name.slice(0, 4)] ?? 0) + found;
    }
    const counts: FilterCounts = {};
    for (const [name, values] of Object.entries(meta.filters)) counts[name] = { ...values };
    Object.assign(counts, { year, month });
    const groups = meta.paneGroups.filter((name) => counted?.has(name) ?? true);
    for (const [name, listed] of await Promise.all(
      groups.map(async (name) => [name, await this.#files.paneGroup(name)] as const),
    )) {
      for (const { value, docs: set } of listed)
        (counts[name] ??= {})[value] = intersect(docs, set).length;
    }
    for (const [name, wanted] of Object.entries(filters ?? {})) {
      if (name === 'year' || name === 'month') continue;
      for (const value of [wanted].flat()) {
        if (typeof value !== 'string') continue;
        const set = await this.#files.filterValue(name, value);
        (counts[name] ??= {})[value] = intersect(docs, set).length;
      }
    }
    return counts;
  }
}

/** The first doc dated `day` or later. */
function firstDocOn(days: DayTable, day: string, docs: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]![0] < day) low = middle + 1;
    else high = middle;
  }
  return days[low]?.[1] ?? docs;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
