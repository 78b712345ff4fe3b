/**
 * Pagefind 1.6's ranking (pagefind_core_search's search module), so that the
 * archive index ranks pages as one Pagefind index of the same pages would.
 */

/** Pagefind's ranking options, as its `ranking` search option names them. */
export interface Ranking {
  termSimilarity: number;
  pageLength: number;
  termSaturation: number;
  termFrequency: number;
}

/** Pagefind's defaults. */
export const DEFAULT_RANKING: Readonly<Ranking> = {
  termSimilarity: 1.0,
  pageLength: 0.75,
  termSaturation: 1.4,
  termFrequency: 1.0,
};

/** Pagefind divides a word's summed location weights by this before scoring. */
const WEIGHT_DIVISOR = 24;

/**
 * How much an index word counts for a query term by their lengths (as Pagefind
 * measures them, in UTF-8 bytes): 1 would be the same length and no bonus, and
 * it decays with the difference.
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

/** A word on a page: its summed location weights, the page's word count, and the pages holding the word. */
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

/** A matched word's share of a page's score: its idf times Pagefind's blend of BM25 and raw term frequency. */
export function wordScore(
  { weight, length, df }: WordOnPage,
  { docs, averageLength }: CorpusStats,
  ranking: Ranking,
  bonus: number,
): number {
  const idf = Math.log((docs - df + 0.5) / (df + 0.5) + 1);
  const weighted = (weight / WEIGHT_DIVISOR) * bonus;
  const bm25 = bm25Tf(weighted, length, averageLength, ranking);
  const raw = Math.min(weighted / (averageLength / 5), ranking.termSaturation + 1);
  return idf * ((1 - ranking.termFrequency) * raw + ranking.termFrequency * bm25);
}

/** The bonus of an index word the length of the query term. */
const EXACT_LENGTH_BONUS = lengthBonus(0, 0, DEFAULT_RANKING.termSimilarity);

/**
 * How much a posting can add to a page's score at the default ranking, before
 * idf (the same for every posting of a word): the order the tiers of a word's
 * postings are cut in.
 */
export function impact(weight: number, length: number, averageLength: number): number {
  return bm25Tf(
    (weight / WEIGHT_DIVISOR) * EXACT_LENGTH_BONUS,
    length,
    averageLength,
    DEFAULT_RANKING,
  );
}

function bm25Tf(weighted: number, length: number, averageLength: number, ranking: Ranking): number {
  const k1 = ranking.termSaturation;
  const b = ranking.pageLength;
  return ((k1 + 1) * weighted) / (k1 * (1 - b + b * (length / averageLength)) + weighted);
}
