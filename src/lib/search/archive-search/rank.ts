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
 * bounded again after each tier loads: so a round bounds only the matches
 * that loaded postings hold, and only the final order sorts every match.
 */
import { lowerBound } from '../archive-index/doc-set.ts';

/** What a round of loading needs of a word: its query term and the bound of its postings not loaded. */
export interface WordBound {
  /** The query term (its position in the query) this word matches. */
  term: number;
  /** The most a doc whose posting is not loaded can gain from this word, its fields included: 0 once all are loaded. */
  bound: number;
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
interface ScoreBounds {
  lower: Float64Array;
  upper: Float64Array;
}

/** The bounds of the matches with a loaded posting, and the bound of each set of unknown words. */
interface TouchedBounds extends ScoreBounds {
  unknownSum: (key: number) => number;
}

/** Bits of a match's unknown words: past the last but one, words share the last. */
const WORD_BITS = 32;

/**
 * The scores of a query's matches as its words' postings load, tier after
 * tier. A round's bounds cost the matches that loaded postings hold, not
 * every match: a common query matches most of the archive, and its rounds
 * load a few thousand postings each.
 * The matches no loaded posting holds score 0 and are bounded by the set
 * of words that hold them, a bit each, and those sets are few.
 */
export class MatchScores {
  /** Per word, its term and bound, in the order the words were given. */
  readonly words: WordBound[];
  readonly #matches: Uint32Array;
  readonly #terms: number;
  readonly #boostOf: (termMasks: Int32Array) => Boost;
  /** Per match, the sum of its loaded postings' scores. */
  readonly #known: Float64Array;
  /** Per match and term, the metadata fields its loaded postings hold the term in. */
  readonly #masks: Int32Array;
  /** Per match, the bits of the words holding it whose postings are not loaded. */
  readonly #unknown: Uint32Array;
  /** Per word, its bit. */
  readonly #bitOf: Uint8Array;
  /** Matches with a loaded posting, in the order they got one. */
  readonly #touched: number[] = [];
  readonly #isTouched: Uint8Array;
  /** How many matches with no loaded posting have each set of unknown words. */
  readonly #untouched = new Map<number, number>();
  /** The touched matches' bounds since postings were last added: the lead's check and the depth's share them. */
  #round: TouchedBounds | undefined;

  /** `words`: each word's query term and every doc holding it (ascending); `matches`: the query's matches (ascending). */
  constructor(
    matches: Uint32Array,
    words: readonly { term: number; members: Uint32Array }[],
    weights: QueryWeights,
  ) {
    this.words = words.map(({ term }) => ({ term, bound: 0 }));
    this.#matches = matches;
    this.#terms = weights.termIdf.length;
    this.#boostOf = cachedBoosts(weights);
    this.#known = new Float64Array(matches.length);
    this.#masks = new Int32Array(matches.length * this.#terms);
    this.#isTouched = new Uint8Array(matches.length);
    this.#bitOf = wordBits(words.map(({ members }) => members.length));
    this.#unknown = new Uint32Array(matches.length);
    for (const [index, { members }] of words.entries())
      markMembers(members, matches, this.#unknown, 1 << this.#bitOf[index]!);
    for (const key of this.#unknown) this.#untouched.set(key, (this.#untouched.get(key) ?? 0) + 1);
  }

  /** Records a word's loaded postings (in doc order, each a member of the word) and the bound of those not loaded. */
  add(
    word: number,
    docs: Uint32Array,
    score: (at: number) => number,
    fields: Uint8Array,
    bound: number,
  ): void {
    const { term } = this.words[word]!;
    const bit = this.#bitOf[word]!;
    // A bit several words share stays until all of theirs are loaded, their bounds then 0.
    const cleared = bit === WORD_BITS - 1 && this.words.length > WORD_BITS ? 0 : 1 << bit;
    this.#round = undefined;
    let at = 0;
    for (const [posting, doc] of docs.entries()) {
      at = lowerBound(this.#matches, doc, at);
      if (this.#matches[at] !== doc) continue;
      if (!this.#isTouched[at]) this.#touch(at);
      this.#known[at] = this.#known[at]! + score(posting);
      this.#masks[at * this.#terms + term] =
        this.#masks[at * this.#terms + term]! | fields[posting]!;
      this.#unknown[at] = this.#unknown[at]! & ~cleared;
    }
    this.words[word]!.bound = bound;
  }

  /**
   * The positions of the first `depth` matches in rank order (newer first on
   * a tie), if they are settled: exact, and no other match could overtake the
   * last of them.
   */
  settledTop(depth: number): number[] | undefined {
    const { lower, upper, unknownSum } = (this.#round ??= this.#touchedBounds());
    const touched = this.#touched;
    const top = topPositions(lower, depth, (index) => touched[index]!);
    // Below the first `depth` scores above 0 the untouched matches' zeros take part in the order: then every match is bounded.
    if (top.length < depth || !(lower[top[top.length - 1]!]! > 0)) {
      const all = this.#allBounds(unknownSum);
      const allTop = topPositions(all.lower, depth, (at) => at);
      return settledLast(allTop, all) === undefined ? undefined : allTop;
    }
    const last = settledLast(top, { lower, upper });
    if (last === undefined) return undefined;
    for (const [key, count] of this.#untouched)
      if (count > 0 && unknownSum(key) > last) return undefined;
    return top.map((index) => touched[index]!);
  }

  /** Every match in order, best first, by the least its score can be. */
  ranking(): Ranking {
    return rankMatches(this.#allBounds(this.#unknownSums()));
  }

  #touch(at: number): void {
    this.#isTouched[at] = 1;
    this.#touched.push(at);
    const key = this.#unknown[at]!;
    this.#untouched.set(key, this.#untouched.get(key)! - 1);
  }

  /** The sum of the bounds of a set of unknown words, each set's computed once. */
  #unknownSums(): (key: number) => number {
    const bitBounds = new Float64Array(WORD_BITS);
    for (const [index, { bound }] of this.words.entries())
      bitBounds[this.#bitOf[index]!] = bitBounds[this.#bitOf[index]!]! + bound;
    const sums = new Map<number, number>();
    return (key) => {
      let sum = sums.get(key);
      if (sum === undefined) {
        sum = 0;
        for (let bit = 0; bit < WORD_BITS; bit++) if (key & (1 << bit)) sum += bitBounds[bit]!;
        sums.set(key, sum);
      }
      return sum;
    };
  }

  /** Writes match `at`'s bounds at `index`. */
  #boundAt(
    at: number,
    index: number,
    lower: Float64Array,
    upper: Float64Array,
    unknownSum: (key: number) => number,
  ): void {
    const unknown = unknownSum(this.#unknown[at]!);
    const termMasks = anyFieldAt(this.#masks, at, this.#terms);
    const boost = termMasks && this.#boostOf(termMasks);
    const known = this.#known[at]!;
    lower[index] = known + (boost?.exact ?? 0);
    upper[index] = unknown === 0 ? lower[index] : known + (boost?.relaxed ?? 0) + unknown;
  }

  /** The bounds of the matches with a loaded posting, in #touched's order, kept until the next postings are added. */
  #touchedBounds(): TouchedBounds {
    const unknownSum = this.#unknownSums();
    const lower = new Float64Array(this.#touched.length);
    const upper = new Float64Array(this.#touched.length);
    for (const [index, at] of this.#touched.entries())
      this.#boundAt(at, index, lower, upper, unknownSum);
    return { lower, upper, unknownSum };
  }

  #allBounds(unknownSum: (key: number) => number): ScoreBounds {
    const lower = new Float64Array(this.#matches.length);
    const upper = new Float64Array(this.#matches.length);
    for (let at = 0; at < lower.length; at++) {
      if (this.#isTouched[at]) this.#boundAt(at, at, lower, upper, unknownSum);
      else upper[at] = unknownSum(this.#unknown[at]!);
    }
    return { lower, upper };
  }
}

/** Each word's bit: the widest words a bit each, the others sharing the last. */
function wordBits(sizes: readonly number[]): Uint8Array {
  const bits = new Uint8Array(sizes.length).fill(WORD_BITS - 1);
  const widest = [...sizes.keys()].sort((a, b) => sizes[b]! - sizes[a]!);
  const own = sizes.length <= WORD_BITS ? WORD_BITS : WORD_BITS - 1;
  for (const [bit, index] of widest.slice(0, own).entries()) bits[index] = bit;
  return bits;
}

/** Sets `bit` on each match that is among `members` (both ascending). */
function markMembers(
  members: Uint32Array,
  matches: Uint32Array,
  unknown: Uint32Array,
  bit: number,
): void {
  let at = 0;
  for (let position = 0; position < members.length && at < matches.length; position++) {
    const doc = members[position]!;
    while (at < matches.length && matches[at]! < doc) at++;
    if (matches[at] === doc) unknown[at] = unknown[at]! | bit;
  }
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
 * The least score of `top`, if each of them is exact and no other of the
 * bounded matches could score above it; undefined if not.
 */
function settledLast(top: readonly number[], { lower, upper }: ScoreBounds): number | undefined {
  let last = Infinity;
  for (const at of top) {
    if (upper[at]! > lower[at]!) return undefined;
    last = Math.min(last, lower[at]!);
  }
  const inTop = new Set(top);
  for (let at = 0; at < upper.length; at++) {
    if (upper[at]! > last && !inTop.has(at)) return undefined;
  }
  return last;
}

export interface Ranking {
  /** Positions in `matches`, best first. */
  order: Uint32Array;
  /** Each position's score: exact where all its postings are loaded, else the least it can be. */
  scores: Float64Array;
}

/** Every match in order, best first; a tie goes to the newer article, as doc ids are in date order. */
function rankMatches({ lower }: ScoreBounds): Ranking {
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

/**
 * The indexes of the first `depth` scores in rank order, a tie going to the
 * later match (`matchOf` an index), kept in a small sorted list as the scores
 * stream by.
 */
function topPositions(
  scores: Float64Array,
  depth: number,
  matchOf: (index: number) => number,
): number[] {
  const before = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && matchOf(a) > matchOf(b));
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
  words: readonly WordBound[],
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
