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
 *
 * A query of common words matches most of the archive, and the ranking is
 * bounded again after each tier loads: so each step is a few passes over
 * typed arrays, and only the final order sorts every match.
 */
import { lowerBound } from '../archive-index/doc-set.ts';

export interface WordScores {
  /** The query term (its position in the query) this word matches. */
  term: number;
  /** Every doc holding the word, ascending. */
  members: Uint32Array;
  /** Per member, its position among the query's matches; -1 if it is not a match. */
  matchAt: Int32Array;
  /** Per member, the word's BM25 score on the page (IDF and bonuses included); NaN while its posting is not loaded. */
  scores: Float64Array;
  /** Per member, bit f set: the word is in metadata field f of the page. */
  fields: Uint8Array;
  /** The most a doc whose posting is not loaded can gain from this word, its fields included: 0 once all are loaded. */
  bound: number;
}

/** A word's scores with no posting loaded yet, among the query's `matches` (ascending). */
export function wordScores(term: number, members: Uint32Array, matches: Uint32Array): WordScores {
  const matchAt = new Int32Array(members.length);
  let at = 0;
  for (let position = 0; position < members.length; position++) {
    const doc = members[position]!;
    while (at < matches.length && matches[at]! < doc) at++;
    matchAt[position] = matches[at] === doc ? at : -1;
  }
  return {
    term,
    members,
    matchAt,
    scores: new Float64Array(members.length).fill(Number.NaN),
    fields: new Uint8Array(members.length),
    bound: 0,
  };
}

/** Records loaded postings (in doc order, each a member of the word) of the word. */
export function addPostings(
  word: WordScores,
  docs: Uint32Array,
  score: (at: number) => number,
  fields: Uint8Array,
): void {
  let position = 0;
  for (const [at, doc] of docs.entries()) {
    position = lowerBound(word.members, doc, position);
    word.scores[position] = score(at);
    word.fields[position] = fields[at]!;
  }
}

export interface QueryWeights {
  /** Per query term, the IDF of every page holding one of its words. */
  termIdf: readonly number[];
  /** Per metadata field (bit), its weight. */
  fieldWeights: readonly number[];
}

/**
 * Per match, the least and the most its score can be with the postings
 * loaded so far. Matches rank by the least: once the loading's budget is
 * spent, what is known of a page is a far better guide than the middle of
 * its bounds, which puts pages no loaded tier holds (all unknown, so all
 * alike) above the pages the best tiers do hold.
 */
export interface ScoreBounds {
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * Each loop is a function of its own: a browser runs a search's code only a
 * few times per page, and V8 optimises a small function whole where it
 * would optimise and leave a loop of a long one again each time.
 */
export function scoreBounds(
  matches: Uint32Array,
  words: readonly WordScores[],
  weights: QueryWeights,
): ScoreBounds {
  const terms = weights.termIdf.length;
  const sums: WordSums = {
    known: new Float64Array(matches.length),
    unknown: new Float64Array(matches.length),
    masks: new Int32Array(matches.length * terms),
  };
  for (const word of words) addWord(word, terms, sums);
  return boundsOf(sums, terms, weights);
}

/** Per match, the scores of its loaded postings, the bounds of its others, and each term's field bits. */
interface WordSums {
  known: Float64Array;
  unknown: Float64Array;
  masks: Int32Array;
}

function addWord(
  { matchAt, scores, fields, bound, term }: WordScores,
  terms: number,
  { known, unknown, masks }: WordSums,
): void {
  for (let position = 0; position < matchAt.length; position++) {
    const at = matchAt[position]!;
    if (at < 0) continue;
    const score = scores[position]!;
    if (Number.isNaN(score)) {
      unknown[at] = unknown[at]! + bound;
    } else {
      known[at] = known[at]! + score;
      masks[at * terms + term] = masks[at * terms + term]! | fields[position]!;
    }
  }
}

function boundsOf(
  { known, unknown, masks }: WordSums,
  terms: number,
  weights: QueryWeights,
): ScoreBounds {
  const lower = new Float64Array(known.length);
  const upper = new Float64Array(known.length);
  const boostOf = cachedBoosts(weights);
  for (let at = 0; at < known.length; at++) {
    const termMasks = anyFieldAt(masks, at, terms);
    const boost = termMasks && boostOf(termMasks);
    lower[at] = known[at]! + (boost?.exact ?? 0);
    upper[at] = unknown[at] === 0 ? lower[at]! : known[at]! + (boost?.relaxed ?? 0) + unknown[at]!;
  }
  return { lower, upper };
}

/** A page's metadata boost and its upper bound (relaxedMetaBoost). */
interface Boost {
  exact: number;
  relaxed: number;
}

/**
 * The boosts of each combination of the terms' field bits, computed once:
 * the pages of a query share a few combinations, and computing them for
 * each of a common query's thousands of pages was most of a round's bounds.
 * Combinations are keyed by their bits, a byte a term, for up to six terms;
 * a longer query's are computed each time.
 */
function cachedBoosts(weights: QueryWeights): (termMasks: Int32Array) => Boost {
  const cache = new Map<number, Boost>();
  const keyed = weights.termIdf.length <= 6;
  return (termMasks) => {
    let key = 0;
    for (const mask of termMasks) key = key * 256 + mask;
    let boost = keyed ? cache.get(key) : undefined;
    if (!boost) {
      boost = {
        exact: metaBoost(termMasks, weights),
        relaxed: relaxedMetaBoost(termMasks, weights),
      };
      if (keyed) cache.set(key, boost);
    }
    return boost;
  };
}

/** The field bits of each query term on match `at`, if any is set. */
function anyFieldAt(masks: Int32Array, at: number, terms: number): Int32Array | undefined {
  for (let term = 0; term < terms; term++) {
    if (masks[at * terms + term] !== 0) return masks.subarray(at * terms, (at + 1) * terms);
  }
  return undefined;
}

/**
 * Whether the first `depth` matches in rank order (newer first on a tie)
 * are exact, and no other match could overtake the last of them.
 */
export function isSettled(bounds: ScoreBounds, depth: number): boolean {
  return settledTop(bounds, depth) !== undefined;
}

/** The positions of the first `depth` matches, best first, if they are settled (isSettled). */
export function settledTop({ lower, upper }: ScoreBounds, depth: number): number[] | undefined {
  const top = topPositions(lower, depth);
  let last = Infinity;
  for (const at of top) {
    if (upper[at]! > lower[at]!) return undefined;
    last = Math.min(last, lower[at]!);
  }
  const inTop = new Set(top);
  for (let at = 0; at < upper.length; at++) {
    if (upper[at]! > last && !inTop.has(at)) return undefined;
  }
  return top;
}

export interface Ranking {
  /** Positions in `matches`, best first. */
  order: Uint32Array;
  /** Each position's score: exact where all its postings are loaded, else the least it can be. */
  scores: Float64Array;
}

/** Every match in order, best first; a tie goes to the newer article, as doc ids are in date order. */
export function rankMatches({ lower }: ScoreBounds): Ranking {
  return { order: orderByScore(lower), scores: lower };
}

/**
 * Positions by score, highest first, the later position first on a tie. A
 * counting sort over the distinct scores, found by the engine's own numeric
 * sort: a common word's query sorts most of the archive, and a comparator
 * called for each of its pairs is what made that slow. Only scores other
 * than 0 are sorted: the pages no loaded posting holds score 0, most of a
 * common query's matches, and simply follow the others, newest first.
 */
function orderByScore(scores: Float64Array): Uint32Array {
  const scored = nonZero(scores);
  const values = distinctDescending(scored.scores);
  const bucketOf = new Uint32Array(scored.positions.length);
  const starts = new Uint32Array(values.length + 1);
  countBuckets(scored.scores, values, bucketOf, starts);
  const sorted = new Uint32Array(scored.positions.length);
  for (let at = sorted.length - 1; at >= 0; at--)
    sorted[starts[bucketOf[at]!]!++] = scored.positions[at]!;
  // Scores fall below 0 only with a negative metadata weight: those go after the zeros.
  // Once placed, each bucket's start has moved to its end: the next bucket's start.
  const firstNegative = values.findIndex((value) => value < 0);
  const above = firstNegative < 0 ? sorted.length : (starts[firstNegative - 1] ?? 0);
  const order = new Uint32Array(scores.length);
  order.set(sorted.subarray(0, above));
  let next = above;
  for (let at = scores.length - 1; at >= 0; at--) if (scores[at] === 0) order[next++] = at;
  order.set(sorted.subarray(above), next);
  return order;
}

/** The positions whose score is not 0, ascending, and their scores. */
function nonZero(scores: Float64Array): { positions: Uint32Array; scores: Float64Array } {
  let count = 0;
  for (let at = 0; at < scores.length; at++) if (scores[at] !== 0) count++;
  const positions = new Uint32Array(count);
  const kept = new Float64Array(count);
  let next = 0;
  for (let at = 0; at < scores.length; at++) {
    if (scores[at] === 0) continue;
    positions[next] = at;
    kept[next++] = scores[at]!;
  }
  return { positions, scores: kept };
}

function distinctDescending(scores: Float64Array): Float64Array {
  const sorted = scores.slice().sort().reverse();
  let distinct = 0;
  for (let at = 0; at < sorted.length; at++) {
    if (at === 0 || sorted[at] !== sorted[distinct - 1]) sorted[distinct++] = sorted[at]!;
  }
  return sorted.subarray(0, distinct);
}

/** Each score's bucket, and where each bucket starts in the order (counted, then summed). */
function countBuckets(
  scores: Float64Array,
  values: Float64Array,
  bucketOf: Uint32Array,
  starts: Uint32Array,
): void {
  for (let at = 0; at < scores.length; at++) {
    bucketOf[at] = indexDescending(values, scores[at]!);
    starts[bucketOf[at]! + 1]! += 1;
  }
  for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!;
}

/** The index of `value` in `values`, which are distinct and in descending order. */
function indexDescending(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! > value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The positions of the first `depth` matches in rank order, kept in a small sorted list as the scores stream by. */
function topPositions(scores: Float64Array, depth: number): number[] {
  const before = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && a > b);
  const top: number[] = [];
  for (let at = 0; at < scores.length; at++) {
    if (top.length === depth && !before(at, top[depth - 1]!)) continue;
    let slot = top.length === depth ? depth - 1 : top.length;
    while (slot > 0 && before(at, top[slot - 1]!)) {
      top[slot] = top[slot - 1]!;
      slot--;
    }
    top[slot] = at;
    top.length = Math.min(top.length, depth);
  }
  return top;
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

/**
 * The words whose next tiers load in the next round, widest first: for each
 * query term, its word with the highest bound and any of its words within
 * half of it. Every term advances in each round, as in the threshold
 * algorithm's parallel reading of its lists: advancing only the widest word
 * overall kept reading a rarer name's every tier while the common word beside
 * it stayed at its first, and the budget ran out with the pages holding both
 * unknown. Each round is one round trip.
 */
export function widestWords(
  words: readonly Pick<WordScores, 'term' | 'bound'>[],
  hasMore: (index: number) => boolean,
): number[] {
  const open = [...words.keys()].filter((index) => words[index]!.bound > 0 && hasMore(index));
  const widestOf = new Map<number, number>();
  for (const index of open) {
    const { term, bound } = words[index]!;
    widestOf.set(term, Math.max(widestOf.get(term) ?? 0, bound));
  }
  return open
    .filter((index) => words[index]!.bound * 2 >= widestOf.get(words[index]!.term)!)
    .sort((a, b) => words[b]!.bound - words[a]!.bound);
}
