import { DEFAULT_RANKING as PAGEFIND_DEFAULT_RANKING, WEIGHT_SCALE } from '../pagefind-format.ts';

/**
 * Pagefind 1.6's ranking, as src/lib/search/pagefind-format.ts pins it on
 * Pagefind's own engine, so that the archive index ranks pages as one
 * Pagefind index of the same pages would. A page's score for a query term is
 * the sum, over the index words that start with the term, of `wordScore`,
 * plus a boost for each metadata field holding some of the query's terms
 * (src/lib/search/archive-search/rank.ts).
 */

/** Pagefind's ranking options, as its `ranking` search option names them. */
export interface Ranking {
  termSimilarity: number;
  pageLength: number;
  termSaturation: number;
  termFrequency: number;
  /** A word that the typed word starts, or that starts it, scores 1 + this times. */
  diacriticSimilarity: number;
  /** A metadata field's weight; a field not named weighs 1. */
  metaWeights: Readonly<Record<string, number>>;
}

/** Pagefind's defaults, pinned on its engine (src/lib/search/pagefind-format.ts). */
export const DEFAULT_RANKING: Readonly<Ranking> = PAGEFIND_DEFAULT_RANKING;

/**
 * How much an index word counts for a query term by their lengths: 1 would
 * be the same length and no bonus, and it decays with the difference.
 */
export function lengthBonus(
  wordLength: number,
  termLength: number,
  termSimilarity: number,
): number {
  const differential = Math.min(Math.abs(wordLength - termLength) + 1, 255);
  const base = Math.exp((-0.5 * differential ** 2) / 4);
  return Math.exp(base * termSimilarity) / Math.exp(termSimilarity);
}

/**
 * A word on a page: its summed location weights, the page's word count, and
 * df, the pages that hold any of the query term's words (Pagefind 1.6 takes
 * the idf of the term, not of each word).
 */
export interface WordOnPage {
  weight: number;
  length: number;
  df: number;
}

/** The archive's totals: pages, and their mean word count. */
export interface CorpusStats {
  docs: number;
  averageLength: number;
}

/** Pagefind's inverse document frequency, never negative. */
export function idf(df: number, docs: number): number {
  return Math.log((docs - df + 0.5) / (df + 0.5) + 1);
}

/**
 * A matched word's share of a page's score: idf times Pagefind's blend of
 * BM25 and raw term frequency, times 1 + diacriticSimilarity when the word
 * and the typed word (before stemming) start one another.
 */
export function wordScore(
  { weight, length, df }: WordOnPage,
  { docs, averageLength }: CorpusStats,
  ranking: Ranking,
  bonus: number,
  typedForm = false,
): number {
  const weighted = (weight / WEIGHT_SCALE) * bonus;
  const bm25 = bm25Tf(weighted, length, averageLength, ranking);
  const raw = Math.min(weighted / (averageLength / 5), ranking.termSaturation + 1);
  const tf = (1 - ranking.termFrequency) * raw + ranking.termFrequency * bm25;
  return idf(df, docs) * tf * (typedForm ? 1 + ranking.diacriticSimilarity : 1);
}

/** The weights at the default ranking of metadata fields, by bit as postings number them. */
export function fieldWeights(metaFields: readonly string[]): number[] {
  return metaFields.map((field) => DEFAULT_RANKING.metaWeights[field] ?? 1);
}

/** The bonus of an index word the length of the query term. */
const EXACT_LENGTH_BONUS = lengthBonus(0, 0, DEFAULT_RANKING.termSimilarity);

/**
 * How much a posting of a word can add to a page's score at the default
 * ranking, divided by the term's idf: BM25's term frequency for a word the
 * length of the term, plus the weights of the metadata fields (`fields`, a
 * bit per `fieldWeights` entry) that hold it. The order the tiers of a word's
 * postings are cut in; (1 + diacriticSimilarity) × impact × idf bounds a
 * posting's score for a term matched by one word.
 */
export function impact(
  weight: number,
  length: number,
  averageLength: number,
  fields = 0,
  weights: readonly number[] = [],
): number {
  let bonus = 0;
  for (let bit = 0; fields >>> bit !== 0; bit++)
    if (fields & (1 << bit)) bonus += weights[bit] ?? 1;
  const weighted = (weight / WEIGHT_SCALE) * EXACT_LENGTH_BONUS;
  return bm25Tf(weighted, length, averageLength, DEFAULT_RANKING) + bonus;
}

function bm25Tf(weighted: number, length: number, averageLength: number, ranking: Ranking): number {
  const k1 = ranking.termSaturation;
  const b = ranking.pageLength;
  return ((k1 + 1) * weighted) / (k1 * (1 - b + b * (length / averageLength)) + weighted);
}
