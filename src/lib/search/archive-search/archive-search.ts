import { countInRange, intersect, union } from '../archive-index/doc-set.ts';
import {
  DEFAULT_RANKING,
  diacriticBonus,
  idf,
  lengthBonus,
  termFrequency,
  type Ranking,
} from '../archive-index/bm25.ts';
import type { ArchiveMeta } from '../archive-index/meta.ts';
import type { TermEntry } from '../archive-index/term-chunk.ts';
import { queryTerms, type QueryTerm } from '../query-terms.ts';
import { docRange, filterSet, type FilterQuery } from './filter-sets.ts';
import { rankMatches, widestWord, type WordScores } from './rank.ts';
import type { ArchiveFiles } from './archive-files.ts';

export interface SearchOptions {
  filters?: FilterQuery;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Inclusive dates, YYYY-MM-DD; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface ArchiveMatches {
  /** The query's words, as typed (normalised) and as Pagefind looks them up. */
  terms: QueryTerm[];
  /** Matching docs in result order. */
  docs: Uint32Array;
  /** Each result's score, in result order (0 when sorted by date). */
  scores: Float64Array;
  /** Matches of the query without filters. */
  unfiltered: number;
  /** Counts of the results, and of the unfiltered matches, per filter value. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** Postings the ranking may load for one query before it settles for an approximate order. */
const MAX_TIER_LOADS = 12;

/**
 * Searches the whole archive through its archive index (src/search-index/
 * archive-index.ts) as one Pagefind index of every article would: the same
 * matches (every word of the query, each as a prefix), the same counts and
 * the same BM25 score, computed with the whole archive's statistics. Only
 * the term chunks of the query's words, a frequent word's membership and
 * best postings, and the filter values asked for are fetched.
 */
export class ArchiveSearch {
  readonly #files: ArchiveFiles;
  #ranking: Ranking = DEFAULT_RANKING;
  #range: DateRange = {};

  constructor(files: ArchiveFiles) {
    this.#files = files;
  }

  set ranking(ranking: Partial<Ranking>) {
    this.#ranking = { ...DEFAULT_RANKING, ...ranking };
  }

  /** Limits later searches to articles dated within `range`. */
  set dateRange(range: DateRange) {
    this.#range = range;
  }

  /** Whole-archive counts per filter value, shown before a search. */
  async filters(): Promise<Record<string, Record<string, number>>> {
    return (await this.#files.meta()).filters;
  }

  /**
   * Every match of `term` (null: every article) that passes the filters and
   * the date range, ranked so that at least the first `depth` are in
   * Pagefind's order.
   */
  async search(term: string | null, options: SearchOptions, depth: number): Promise<ArchiveMatches> {
    const meta = await this.#files.meta();
    const terms = term === null ? [] : queryTerms(term);
    const words = await Promise.all(terms.map(({ stem }) => this.#files.words(stem)));
    const all = docRange(0, meta.docs);
    const termSets = await Promise.all(
      words.map(async (entries) => union(await Promise.all(entries.map((entry) => this.#files.members(entry))))),
    );
    const unfiltered =
      term === null ? all : termSets.length === 0 ? new Uint32Array() : termSets.reduce((a, b) => intersect(a, b));
    const limits = [
      await filterSet(options.filters ?? {}, (name, value) => this.#valueSet(meta, name, value), meta.docs),
      await this.#rangeSet(meta),
    ].filter((set): set is Uint32Array => set !== undefined);
    const matches = limits.reduce((a, b) => intersect(a, b), unfiltered);

    const order = Object.values(options.sort ?? {})[0];
    const ranked =
      order !== undefined
        ? { docs: order === 'asc' ? matches : matches.slice().reverse(), scores: new Float64Array(matches.length) }
        : await this.#rank(meta, terms, words, termSets, matches, depth);
    return {
      terms,
      ...ranked,
      unfiltered: unfiltered.length,
      filters: await this.#counts(meta, matches, options.filters),
      totalFilters: await this.#counts(meta, unfiltered, {}),
    };
  }

  async #rank(
    meta: ArchiveMeta,
    terms: readonly QueryTerm[],
    words: readonly TermEntry[][],
    termSets: readonly Uint32Array[],
    matches: Uint32Array,
    depth: number,
  ): Promise<{ docs: Uint32Array; scores: Float64Array }> {
    const ranking = this.#ranking;
    const termIdf = termSets.map((set) => idf(set.length, meta.docs));
    const entries = words.flatMap((list, term) =>
      list.map((entry) => ({
        entry,
        term,
        bonus:
          lengthBonus(entry.word.length, terms[term]!.stem.length, ranking.termSimilarity) ,
        exactness: diacriticBonus(terms[term]!.original, entry.word, ranking.diacriticSimilarity),
      })),
    );
    const tiersLoaded = entries.map(() => 0);
    const scores: WordScores[] = await Promise.all(
      entries.map(async ({ entry, term }) => ({
        term,
        members: await this.#files.members(entry),
        known: new Map(),
        bound: 0,
      })),
    );
    const stats = { docs: meta.docs, averageLength: meta.averageLength };
    const load = async (index: number) => {
      const { entry, term, bonus, exactness } = entries[index]!;
      const postings = await this.#files.tier(entry, tiersLoaded[index]!);
      tiersLoaded[index]! += 1;
      const word = scores[index]!;
      for (const [at, doc] of postings.docs.entries()) {
        const tf = termFrequency(postings.weights[at]!, postings.lengths[at]!, stats, ranking, bonus);
        word.known.set(doc, { score: termIdf[term]! * tf * exactness, fields: postings.fields[at]! });
      }
      const next = entry.tiers[tiersLoaded[index]!];
      // A tier's first posting is its best, and its impact bounds the word's score on any later page, fields included (archive-index/bm25.ts).
      word.bound = next === undefined ? 0 : termIdf[term]! * next;
    };
    await Promise.all(entries.map((_, index) => load(index)));
    const weights = { termIdf, fieldWeights: meta.metaFields.map((field) => ranking.metaWeights[field] ?? 1) };
    let ranked = rankMatches(matches, scores, weights, depth);
    for (let loads = 0; !ranked.settled && loads < MAX_TIER_LOADS; loads++) {
      const widest = widestWord(scores, (index) => tiersLoaded[index]! < entries[index]!.entry.tiers.length);
      if (widest < 0) break;
      await load(widest);
      ranked = rankMatches(matches, scores, weights, depth);
    }
    return {
      docs: ranked.order.map((position) => matches[position]!),
      scores: Float64Array.from(ranked.order, (position) => ranked.scores[position]!),
    };
  }

  /** The docs of one filter value: a period straight from the index's month ranges, others from their bucket. */
  async #valueSet(meta: ArchiveMeta, name: string, value: string): Promise<Uint32Array> {
    if (name === 'year' || name === 'month') {
      const months = meta.months.filter(([month]) => (name === 'year' ? month.slice(0, 4) === value : month === value));
      return union(months.map(([, first, count]) => docRange(first, first + count)));
    }
    return this.#files.filterValue(name, value);
  }

  async #rangeSet(meta: ArchiveMeta): Promise<Uint32Array | undefined> {
    const { from, to } = this.#range;
    if (from === undefined && to === undefined) return undefined;
    const days = await this.#files.days();
    const first = from === undefined ? 0 : firstDocOn(days, from, meta.docs);
    const end = to === undefined ? meta.docs : firstDocOn(days, nextDay(to), meta.docs);
    return docRange(first, Math.max(first, end));
  }

  /** Counts per year and month of `docs`, exact, and of the filter values asked for. */
  async #counts(
    meta: ArchiveMeta,
    docs: Uint32Array,
    filters: FilterQuery | undefined,
  ): Promise<Record<string, Record<string, number>>> {
    const year: Record<string, number> = {};
    const month: Record<string, number> = {};
    for (const [name, first, count] of meta.months) {
      const found = countInRange(docs, first, first + count);
      month[name] = found;
      year[name.slice(0, 4)] = (year[name.slice(0, 4)] ?? 0) + found;
    }
    const counts: Record<string, Record<string, number>> = { year, month };
    for (const [name, wanted] of Object.entries(filters ?? {})) {
      if (name === 'year' || name === 'month' || typeof wanted === 'object' && !Array.isArray(wanted)) continue;
      for (const value of [wanted].flat()) {
        if (typeof value !== 'string') continue;
        const set = await this.#files.filterValue(name, value);
        (counts[name] ??= {})[value] = intersect(docs, set).length;
      }
    }
    return counts;
  }
}

/** The first doc dated `day` or later, from the index's day table. */
function firstDocOn(days: readonly (readonly [string, number])[], day: string, docs: number): number {
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
