import { UNSHARED_NAMES } from '../related/similar-articles.ts';

/** One article as the story finder sees it: its day and its weighted terms. */
export interface StoryReport {
  /** Its date as a number of days. */
  day: number;
  /** A table of figures or another routine item: it never joins or starts a story. */
  routine: boolean;
  /** Its term ids: words below `firstName`, people, places and organisations from it on. */
  terms: ArrayLike<number>;
  /** Each term's TF-IDF weight, in the order of `terms`. */
  weights: ArrayLike<number>;
}

export interface StoryOptions {
  /** The first term id that is a name rather than a word. */
  firstName: number;
}

/** Bounds on the work per article, which keep the whole near-linear in the size of the archive. */
const BOUNDS = {
  /** A story's latest reports, which a new article is compared with: a story's words change as it goes on (the bid, the ruling, the merger). */
  recentReports: 4,
  /** Terms of an article it is compared by: its heaviest. */
  vectorTerms: 128,
  /** Terms of an article that look up candidate stories: its heaviest. */
  lookupTerms: 16,
  /** Stories a term remembers, the latest to use it: older ones are out of reach through it. */
  storiesPerTerm: 48,
  /** Stories an article is compared with in full: those its lookup terms point to most. */
  candidates: 24,
};
/** How time weighs: the part of a similarity above `floor` halves every `halfLife` days since the story's latest report, so a gap of months needs about twice the evidence; after `closedAfter` days nothing joins. */
const TIME = { halfLife: 10, floor: 0.5, closedAfter: 365 };
/** Similarity, after the discount for time, an article needs to join a story: set on the wire fixture, where 0.15 merged a broad topic (the grain trade) and 0.22 split the affairs whose words change. */
const JOIN_SCORE = 0.18;

/** A report's heaviest terms with their weights, heaviest first, as a vector of length 1. */
type UnitVector = [term: number, weight: number][];

interface OpenStory {
  /** Its latest day. */
  last: number;
  /** Its latest reports' unit vectors, oldest first, and their sum. */
  recent: UnitVector[];
  centroid: Map<number, number>;
  /** The sum of the centroid's squared weights, and how many of its terms are names: kept as it changes, not recounted per comparison. */
  squares: number;
  names: number;
  reports: number;
}

/**
 * Groups articles into stories in one pass, in the order they are added
 * (date order): each article joins the open story whose latest reports it
 * resembles most (the cosine of its TF-IDF vector of words and names with
 * the sum of theirs, discounted for the time since the story's latest
 * report), if enough, and starts a story otherwise. Adding an article never
 * regroups earlier ones, so a daily archive's new articles extend its
 * stories. Candidates come from an inverted index of each story's heaviest
 * terms, bounded per term and per article, so the work per article does not
 * grow with the archive. Written here because the clustering libraries on
 * npm compare every pair of items or need the number of clusters up front.
 */
export class StoryFinder {
  readonly #firstName: number;
  readonly #stories: OpenStory[] = [];
  /** For each term, the latest stories whose reports weigh it most, latest last. */
  readonly #byTerm = new Map<number, number[]>();
  /** For each article added, its story's number, or -1. */
  readonly #storyOf: number[] = [];
  /** Per story, how much the article being added points to it through its lookup terms: zero between articles. */
  #pointed = new Float64Array(1024);
  /**
   * Each join, as the story and the day, in date order, and the first not
   * yet looked at: a story whose latest join is over a year old is closed,
   * and its vectors are let go, so memory holds the open stories only.
   */
  readonly #joins: { story: number[]; day: number[]; next: number } = {
    story: [],
    day: [],
    next: 0,
  };

  constructor({ firstName }: StoryOptions) {
    this.#firstName = firstName;
  }

  /** Adds the next article, not earlier than any added before; returns its story's number, or -1 for a routine item. */
  add(report: StoryReport): number {
    if (report.routine || report.terms.length === 0) {
      this.#storyOf.push(-1);
      return -1;
    }
    this.#close(report.day);
    const vector = unitVector(report);
    const lookup = vector.slice(0, BOUNDS.lookupTerms);
    let story = this.#bestStory(vector, lookup, report.day);
    if (story < 0) {
      story = this.#stories.length;
      if (story === this.#pointed.length) {
        const grown = new Float64Array(2 * story);
        grown.set(this.#pointed);
        this.#pointed = grown;
      }
      this.#stories.push({
        last: report.day,
        recent: [],
        centroid: new Map(),
        squares: 0,
        names: 0,
        reports: 0,
      });
    }
    this.#join(story, vector, lookup, report.day);
    this.#storyOf.push(story);
    return story;
  }

  /**
   * For each article, in the order added, its story's number counted from
   * 0 in the order stories began, or -1 when it is outside any story: a
   * routine item, or the only report of its story.
   */
  stories(): number[] {
    const numbers = new Map<number, number>();
    for (const story of this.#storyOf) {
      if (story >= 0 && this.#stories[story]!.reports > 1 && !numbers.has(story))
        numbers.set(story, numbers.size);
    }
    return this.#storyOf.map((story) => numbers.get(story) ?? -1);
  }

  #bestStory(vector: UnitVector, lookup: UnitVector, day: number): number {
    const pointed = this.#pointed;
    const touched: number[] = [];
    for (const [term, weight] of lookup) {
      for (const story of this.#byTerm.get(term) ?? []) {
        if (pointed[story] === 0) touched.push(story);
        pointed[story]! += weight;
      }
    }
    const candidates = mostPointed(touched, pointed, BOUNDS.candidates);
    for (const story of touched) pointed[story] = 0;
    let best = -1;
    let bestScore = JOIN_SCORE;
    for (const story of candidates) {
      const open = this.#stories[story]!;
      const gap = day - open.last;
      if (gap > TIME.closedAfter) continue;
      const score = this.#similarity(vector, open) * timeDiscount(gap);
      if (score > bestScore || (score === bestScore && (best < 0 || story > best))) {
        best = story;
        bestScore = score;
      }
    }
    return best;
  }

  #similarity(vector: UnitVector, { centroid, squares, names: storyNames }: OpenStory): number {
    let dot = 0;
    let names = 0;
    let named = false;
    for (const [term, weight] of vector) {
      const product = weight * (centroid.get(term) ?? 0);
      dot += product;
      if (term >= this.#firstName) {
        named = true;
        names += product;
      }
    }
    const cosine = squares > 0 ? dot / Math.sqrt(squares) : 0;
    return names === 0 && named && storyNames > 0 ? cosine * UNSHARED_NAMES : cosine;
  }

  #join(story: number, vector: UnitVector, lookup: UnitVector, day: number) {
    const open = this.#stories[story]!;
    open.last = day;
    this.#joins.story.push(story);
    this.#joins.day.push(day);
    open.reports++;
    open.recent.push(vector);
    for (const [term, weight] of vector) this.#shift(open, term, weight);
    if (open.recent.length > BOUNDS.recentReports) {
      for (const [term, weight] of open.recent.shift()!) this.#shift(open, term, -weight);
    }
    for (const [term] of lookup) {
      const stories = this.#byTerm.get(term) ?? [];
      if (stories.at(-1) !== story) stories.push(story);
      // Trimmed in batches: a common term is pushed to on most articles.
      if (stories.length > 2 * BOUNDS.storiesPerTerm) stories.splice(0, BOUNDS.storiesPerTerm);
      this.#byTerm.set(term, stories);
    }
  }

  /** Lets go of the vectors of the stories closed by `day`: nothing can join them any more. */
  #close(day: number): void {
    const joins = this.#joins;
    while (joins.next < joins.day.length && day - joins.day[joins.next]! > TIME.closedAfter) {
      const open = this.#stories[joins.story[joins.next]!]!;
      if (open.last === joins.day[joins.next]) {
        open.recent = [];
        open.centroid = new Map();
      }
      joins.next++;
    }
    // The looked-at joins are dropped in batches, so the lists stay the size of a year's joins.
    if (joins.next > 1024 && 2 * joins.next > joins.day.length) {
      joins.story.splice(0, joins.next);
      joins.day.splice(0, joins.next);
      joins.next = 0;
    }
  }

  /** Adds `delta` to a term's weight in a story's centroid, keeping its sum of squares and count of names. */
  #shift(open: OpenStory, term: number, delta: number): void {
    const before = open.centroid.get(term) ?? 0;
    // What rounding leaves of a term all of whose reports have gone is no weight.
    const after = before + delta > 1e-9 ? before + delta : 0;
    open.squares += after * after - before * before;
    const isName = term >= this.#firstName ? 1 : 0;
    if (after === 0) {
      open.centroid.delete(term);
      if (before > 0) open.names -= isName;
    } else {
      open.centroid.set(term, after);
      if (before === 0) open.names += isName;
    }
  }
}

/**
 * A report's heaviest terms as a vector of length 1: the lighter ones of a
 * long article would add little to a similarity but much to its cost. Its
 * terms are distinct, as in the vectors related articles are found with.
 */
function unitVector({ terms, weights }: StoryReport): UnitVector {
  const top = heaviest(terms, weights, BOUNDS.vectorTerms).filter(([, weight]) => weight > 0);
  const norm = Math.sqrt(top.reduce((sum, [, weight]) => sum + weight * weight, 0));
  for (const entry of top) entry[1] /= norm;
  return top;
}

/**
 * The `count` heaviest of the terms, with their weights, heaviest first,
 * ties to the lower id. Only terms as heavy as the count-th can be among
 * them: a native sort of bare weights finds it, and only those are sorted
 * as pairs.
 */
export function heaviest(
  terms: ArrayLike<number>,
  weights: ArrayLike<number>,
  count: number,
): [term: number, weight: number][] {
  const bare = new Float64Array(weights).sort();
  const threshold = bare.length > count ? bare[bare.length - count]! : -Infinity;
  const top: [number, number][] = [];
  for (let i = 0; i < terms.length; i++)
    if (weights[i]! >= threshold) top.push([terms[i]!, weights[i]!]);
  return top.sort(([a, x], [b, y]) => y - x || a - b).slice(0, count);
}

/**
 * The `count` stories the lookup terms point to most, ties to the later
 * story, in no particular order. Only stories pointed to as much as the
 * count-th can be among them: a native sort of bare sums finds it, and
 * only the ties at it are sorted.
 */
function mostPointed(
  touched: readonly number[],
  pointed: Float64Array,
  count: number,
): readonly number[] {
  if (touched.length <= count) return touched;
  const sums = Float64Array.from(touched, (story) => pointed[story]!).sort();
  const threshold = sums[sums.length - count]!;
  const above = touched.filter((story) => pointed[story]! > threshold);
  const at = touched.filter((story) => pointed[story] === threshold).sort((a, b) => b - a);
  return [...above, ...at.slice(0, count - above.length)];
}

/** What is left of a similarity after `days` without a report. */
function timeDiscount(days: number): number {
  return TIME.floor + (1 - TIME.floor) * 2 ** (-Math.max(0, days) / TIME.halfLife);
}
