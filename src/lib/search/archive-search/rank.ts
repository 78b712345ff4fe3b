/**
 * Ranks matches by Pagefind 1.6's score when only some postings are loaded.
 * A page's score is the sum of its matching words' BM25 scores plus a boost
 * for each metadata field (the title above all) that holds query terms:
 * `weight × m³ / Q²`, where m sums the IDF of the terms the field holds and Q
 * that of all the query's terms. A frequent word's postings come in tiers,
 * best first, so the page holds the exact score of the postings it has and,
 * for every other doc holding the word, a bound no unloaded posting exceeds.
 * As in Fagin's threshold algorithm, the first `depth` are settled once none
 * of them is uncertain and no other doc could overtake the last of them.
 */
interface Posting {
  /** The word's BM25 score on the page, IDF and bonuses included. */
  score: number;
  /** Bit f set: the word is in metadata field f of the page. */
  fields: number;
}

export interface WordScores {
  /** The query term (its position in the query) this word matches. */
  term: number;
  /** Every doc holding the word, ascending. */
  members: Uint32Array;
  /** The postings loaded so far. */
  known: Map<number, Posting>;
  /** The most a doc whose posting is not loaded can gain from this word, its fields included: 0 once all are loaded. */
  bound: number;
}

export interface QueryWeights {
  /** Per query term, the IDF of every page holding one of its words. */
  termIdf: readonly number[];
  /** Per metadata field (bit), its weight. */
  fieldWeights: readonly number[];
}

export interface Ranking {
  /** Positions in `matches`, best first. */
  order: Uint32Array;
  /** Each position's score: exact where all its postings are loaded, else the midpoint of its bounds. */
  scores: Float64Array;
  /** Whether the first `depth` are Pagefind's order. */
  settled: boolean;
}

export function rankMatches(
  matches: Uint32Array,
  words: readonly WordScores[],
  weights: QueryWeights,
  depth: number,
): Ranking {
  const terms = weights.termIdf.length;
  const base = new Float64Array(matches.length);
  const unknown = new Float64Array(matches.length);
  const masks = new Int32Array(matches.length * terms);
  for (const word of words) {
    let at = 0;
    for (const doc of word.members) {
      while (at < matches.length && matches[at]! < doc) at++;
      if (at === matches.length) break;
      if (matches[at] !== doc) continue;
      const posting = word.known.get(doc);
      if (posting === undefined) {
        unknown[at] = unknown[at]! + word.bound;
        continue;
      }
      base[at] = base[at]! + posting.score;
      masks[at * terms + word.term] = masks[at * terms + word.term]! | posting.fields;
    }
  }
  const lower = new Float64Array(matches.length);
  const upper = new Float64Array(matches.length);
  for (let at = 0; at < matches.length; at++) {
    const termMasks = masks.subarray(at * terms, (at + 1) * terms);
    lower[at] = base[at]! + metaBoost(termMasks, weights);
    upper[at] =
      unknown[at] === 0
        ? lower[at]!
        : base[at]! + relaxedMetaBoost(termMasks, weights) + unknown[at]!;
  }
  const scores = lower.map((score, at) => (score + upper[at]!) / 2);
  // Ties go to the newer article: doc ids are in date order.
  const order = Uint32Array.from(matches.keys()).sort(
    (a, b) => scores[b]! - scores[a]! || matches[b]! - matches[a]!,
  );
  const top = Math.min(depth, order.length);
  let settled = true;
  let last = Infinity;
  for (let rank = 0; rank < top; rank++) {
    const at = order[rank]!;
    if (unknown[at]! > 0) settled = false;
    last = Math.min(last, lower[at]!);
  }
  for (let rank = top; settled && rank < order.length; rank++) {
    if (upper[order[rank]!]! > last) settled = false;
  }
  return { order, scores, settled };
}

/** Pagefind's metadata boost of a page, from the fields each query term is found in. */
export function metaBoost(
  termMasks: ArrayLike<number>,
  { termIdf, fieldWeights }: QueryWeights,
): number {
  const total = termIdf.reduce((sum, idf) => sum + idf, 0);
  if (total <= 0) return 0;
  let boost = 0;
  for (const [field, weight] of fieldWeights.entries()) {
    let matched = 0;
    for (const [term, idf] of termIdf.entries())
      if (termMasks[term]! & (1 << field)) matched += idf;
    boost += (weight * matched ** 3) / total ** 2;
  }
  return boost;
}

/** An upper bound of the boost that splits it between terms: `m³/Q² <= m` for m <= Q. */
function relaxedMetaBoost(
  termMasks: ArrayLike<number>,
  { termIdf, fieldWeights }: QueryWeights,
): number {
  let boost = 0;
  for (const [term, idf] of termIdf.entries()) {
    for (const [field, weight] of fieldWeights.entries())
      if (termMasks[term]! & (1 << field)) boost += weight * idf;
  }
  return boost;
}

/** The word whose next tier most narrows the ranking: the one with the highest bound. */
export function widestWord(
  words: readonly WordScores[],
  hasMore: (index: number) => boolean,
): number {
  let best = -1;
  for (const [index, word] of words.entries()) {
    if (word.bound > 0 && hasMore(index) && (best < 0 || word.bound > words[best]!.bound))
      best = index;
  }
  return best;
}
