import { sentenceTerms } from './terms.ts';

/** Related articles an article lists. */
export const RELATED_LIMIT = 5;

/** What the similarity of two articles is computed from. */
export interface RelatedText {
  /** Its date as a number of days: how far apart two articles are in time is the difference. */
  day: number;
  /** Its lead paragraph, whose words count more; empty if it has none. */
  lead: string;
  /** Its other prose paragraphs and headings; table text left out. */
  body: readonly string[];
  /** Whether most of its text is tables of figures, which relate two articles only through the organisations they both name. */
  tabular: boolean;
  /** The key of the company whose figures the tables are, if it says: tables of two companies are never related. */
  company?: string | undefined;
}

export interface SimilarOptions {
  /** Related articles listed per article. */
  limit?: number;
  /** Terms that stand for an article: its highest-weighted. */
  signatureTerms?: number;
  /**
   * Articles a term may bring up as candidates: those where it weighs most.
   * It bounds the work per article (at most signatureTerms × postingsPerTerm
   * candidates), which keeps the whole linear in the size of the archive;
   * only terms common enough to carry little weight lose any.
   */
  postingsPerTerm?: number;
  /** Similarity, after the discount for distance in time, below which an article is not related at all. */
  minScore?: number;
}

/** What is left of the similarity of two articles that name people, places or organisations, none of them the same. */
export const UNSHARED_NAMES = 0.3;
/** How much more a word of the lead counts than one further down. */
const LEAD_WEIGHT = 3;
/** How much more a shared name counts than a shared word of the same rarity. */
const NAME_WEIGHT = 2;
/** A sentence found in this many articles is boilerplate (an agency's tagline, "Terms were not disclosed."), whatever its words. */
const BOILERPLATE_ARTICLES = 3;
/** Days over which the part of a similarity above TIME_FLOOR halves: a story runs over days, and its follow-ups come within weeks. */
const HALF_LIFE_DAYS = 14;
/** What is left of a similarity however far apart in time: older background is discounted, not excluded. */
const TIME_FLOOR = 0.4;

/** A person, place or organisation an article names: its number in the archive, and whether it is an organisation. */
export interface NameRef {
  id: number;
  organisation: boolean;
}

/** Each article's terms, words and then names, with their TF-IDF weights; in how many articles each term is, and which are organisations. */
interface ArticleVectors {
  terms: Uint32Array[];
  weights: Float32Array[];
  frequency: Uint32Array;
  organisation: Uint8Array;
}

/** The vectors related articles are found with, for other comparisons of articles (src/lib/stories/): words are ids below `firstName`, `words[id]` their text. */
export interface TermVectors extends ArticleVectors {
  firstName: number;
  words: readonly string[];
}

/**
 * Finds each article's most similar articles by the cosine similarity of
 * vectors of TF-IDF-weighted words and names: words of the lead count more,
 * sentences repeated across many articles count for nothing, and names are
 * weighted by their rarity, like words. The similarity is discounted with
 * the distance in time between the two articles. Each article is reduced to
 * a signature of its highest-weighted terms, and candidates come from an
 * inverted index of signatures, so an article is compared only with the
 * articles sharing its distinctive words or names, never with the whole
 * archive. Written here rather than taken from a library because the
 * libraries found compare every pair of documents, which is quadratic.
 */
export class SimilarArticles {
  readonly #vocabulary = new Map<string, number>();
  /** Each article's content words as vocabulary ids, in order. */
  readonly #tokens: Uint32Array[] = [];
  /** Each article's sentences: where each ends in its tokens, and a hash of its words. */
  readonly #sentenceEnds: Uint32Array[] = [];
  readonly #sentenceHashes: Int32Array[] = [];
  /** Each article's sentences that are its lead's. */
  readonly #leadSentences: number[] = [];
  readonly #days: number[] = [];
  readonly #tabular: boolean[] = [];
  /** Each article's company, as a number in `#companyIds`; -1 for none. */
  readonly #companies: number[] = [];
  readonly #companyIds = new Map<string, number>();
  /** The vectors of the last names given, computed once for related() and termVectors(). */
  #computed: { names: readonly (readonly NameRef[])[]; vectors: ArticleVectors } | undefined;

  /** Adds the next article; articles are numbered from 0 in the order added. */
  add({ day, lead, body, tabular, company }: RelatedText): void {
    const tokens: number[] = [];
    const ends: number[] = [];
    const hashes: number[] = [];
    let leadSentences = 0;
    for (const [index, paragraph] of [lead, ...body].entries()) {
      for (const terms of sentenceTerms(paragraph)) {
        const start = tokens.length;
        for (const term of terms) tokens.push(this.#termId(term));
        ends.push(tokens.length);
        hashes.push(hash(tokens, start));
      }
      if (index === 0) leadSentences = ends.length;
    }
    this.#tokens.push(Uint32Array.from(tokens));
    this.#sentenceEnds.push(Uint32Array.from(ends));
    this.#sentenceHashes.push(Int32Array.from(hashes));
    this.#leadSentences.push(leadSentences);
    this.#days.push(day);
    this.#tabular.push(tabular);
    if (company !== undefined && !this.#companyIds.has(company))
      this.#companyIds.set(company, this.#companyIds.size);
    this.#companies.push(company === undefined ? -1 : this.#companyIds.get(company)!);
  }

  /**
   * For each article, the numbers of its most similar articles, most similar
   * first. `names` holds, for each article, the people, places and
   * organisations it names.
   */
  related(
    names: readonly (readonly NameRef[])[],
    {
      limit = RELATED_LIMIT,
      signatureTerms = 32,
      postingsPerTerm = 150,
      minScore = 0.12,
    }: SimilarOptions = {},
  ): number[][] {
    const articles = this.#tokens.length;
    const firstName = this.#vocabulary.size;
    const vectors = this.#cachedVectors(names);
    const { terms, weights, named } = signatures(vectors, firstName, signatureTerms);
    const postings = postingLists(
      terms,
      weights,
      vectors.frequency.length,
      signatureTerms,
      postingsPerTerm,
    );
    const scores = new Float64Array(articles);
    const nameScores = new Float64Array(articles);
    const companyScores = new Float64Array(articles);
    const related: number[][] = [];
    for (let article = 0; article < articles; article++) {
      const touched: number[] = [];
      for (
        let k = article * signatureTerms;
        k < (article + 1) * signatureTerms && weights[k]! > 0;
        k++
      ) {
        const term = terms[k]!;
        for (let p = postings.start[term]!; p < postings.start[term + 1]!; p++) {
          const other = postings.articles[p]!;
          if (other === article) continue;
          if (scores[other] === 0) touched.push(other);
          const score = weights[k]! * postings.weights[p]!;
          scores[other]! += score;
          if (term >= firstName) nameScores[other]! += score;
          if (vectors.organisation[term]) companyScores[other]! += score;
        }
      }
      for (const other of touched) {
        let similarity = scores[other]!;
        if (this.#tabular[article] || this.#tabular[other]) {
          // Tables of figures share their labels with every other table: only a company both name relates a table to anything, and never two companies' tables.
          if (companyScores[other] === 0 || this.#otherCompanies(article, other)) similarity = 0;
        } else if (nameScores[other] === 0 && named[article] && named[other]) {
          // Two articles that name people, places or organisations, but none in common, are seldom on one subject.
          similarity *= UNSHARED_NAMES;
        }
        // The discount is at most 1, and most candidates fall short without it.
        scores[other] =
          similarity < minScore
            ? similarity
            : similarity * timeDiscount(this.#days[article]! - this.#days[other]!);
      }
      related.push(best(touched, scores, limit, minScore));
      for (const other of touched) {
        scores[other] = 0;
        nameScores[other] = 0;
        companyScores[other] = 0;
      }
    }
    return related;
  }

  /** Each article's weighted words and names, as related() compares them. */
  termVectors(names: readonly (readonly NameRef[])[]): TermVectors {
    return {
      ...this.#cachedVectors(names),
      firstName: this.#vocabulary.size,
      words: [...this.#vocabulary.keys()],
    };
  }

  #cachedVectors(names: readonly (readonly NameRef[])[]): ArticleVectors {
    if (this.#computed?.names !== names) this.#computed = { names, vectors: this.#vectors(names) };
    return this.#computed.vectors;
  }

  #otherCompanies(article: number, other: number): boolean {
    const [a, b] = [this.#companies[article]!, this.#companies[other]!];
    return a >= 0 && b >= 0 && a !== b;
  }

  #termId(term: string): number {
    let id = this.#vocabulary.get(term);
    if (id === undefined) {
      id = this.#vocabulary.size;
      this.#vocabulary.set(term, id);
    }
    return id;
  }

  /**
   * Each article's terms with their TF-IDF weights: its words, those of its
   * lead counted LEAD_WEIGHT times and those of boilerplate sentences not at
   * all, then its names, numbered after the words.
   */
  #vectors(names: readonly (readonly NameRef[])[]): ArticleVectors {
    const articles = this.#tokens.length;
    const boilerplate = this.#boilerplate();
    const firstName = this.#vocabulary.size;
    let nameCount = 0;
    for (const refs of names) for (const { id } of refs) nameCount = Math.max(nameCount, id + 1);
    const frequency = new Uint32Array(firstName + nameCount);
    const organisation = new Uint8Array(frequency.length);
    const terms: Uint32Array[] = [];
    const weights: Float32Array[] = [];
    // One dense row of counts, reset after each article, rather than a map per article.
    const count = new Float64Array(frequency.length);
    for (let article = 0; article < articles; article++) {
      const present: number[] = [];
      const tokens = this.#tokens[article]!;
      const ends = this.#sentenceEnds[article]!;
      const hashes = this.#sentenceHashes[article]!;
      for (let sentence = 0, start = 0; sentence < ends.length; start = ends[sentence++]!) {
        if (boilerplate.has(hashes[sentence]!)) continue;
        const weight = sentence < this.#leadSentences[article]! ? LEAD_WEIGHT : 1;
        for (let t = start; t < ends[sentence]!; t++) {
          if (count[tokens[t]!] === 0) present.push(tokens[t]!);
          count[tokens[t]!]! += weight;
        }
      }
      const row = new Float32Array(present.length + (names[article]?.length ?? 0));
      present.forEach((term, i) => (row[i] = 1 + Math.log(count[term]!)));
      for (const { id, organisation: isOrganisation } of names[article] ?? []) {
        // A name is there or not: its weight is its rarity alone.
        row[present.length] = NAME_WEIGHT;
        present.push(firstName + id);
        if (isOrganisation) organisation[firstName + id] = 1;
      }
      for (const term of present) {
        frequency[term]!++;
        count[term] = 0;
      }
      terms.push(Uint32Array.from(present));
      weights.push(row);
    }
    for (let article = 0; article < articles; article++) {
      const ids = terms[article]!;
      const row = weights[article]!;
      for (let i = 0; i < ids.length; i++) row[i]! *= Math.log(1 + articles / frequency[ids[i]!]!);
    }
    return { terms, weights, frequency, organisation };
  }

  /**
   * The hashes of the sentences that BOILERPLATE_ARTICLES articles or more
   * hold, counted by sorting every article's distinct hashes in one typed
   * array: no map of every sentence of the archive.
   */
  #boilerplate(): Set<number> {
    const distinct = this.#sentenceHashes.map((hashes) => Int32Array.from(new Set(hashes)));
    const all = new Int32Array(distinct.reduce((sum, hashes) => sum + hashes.length, 0));
    let offset = 0;
    for (const hashes of distinct) {
      all.set(hashes, offset);
      offset += hashes.length;
    }
    all.sort();
    const repeated = new Set<number>();
    for (let i = 0; i + BOILERPLATE_ARTICLES - 1 < all.length; i++) {
      if (all[i] === all[i + BOILERPLATE_ARTICLES - 1]) repeated.add(all[i]!);
    }
    return repeated;
  }
}

/**
 * Each article's `width` highest-weighted terms that another article has
 * too, in fixed-width rows, divided by the length of its whole vector: the
 * products of two signatures sum to the cosine of the two articles, less
 * only what their lighter shared terms would add. With them, whether each
 * article names anyone.
 */
function signatures(
  { terms: termsByArticle, weights: weightsByArticle, frequency }: ArticleVectors,
  firstName: number,
  width: number,
) {
  const terms = new Uint32Array(termsByArticle.length * width);
  const weights = new Float32Array(termsByArticle.length * width);
  const named = new Uint8Array(termsByArticle.length);
  termsByArticle.forEach((ids, article) => {
    const articleWeights = weightsByArticle[article]!;
    let squares = 0;
    for (const weight of articleWeights) squares += weight * weight;
    const norm = Math.sqrt(squares);
    named[article] = ids.some((id) => id >= firstName) ? 1 : 0;
    let top = Array.from(ids.keys()).filter((i) => frequency[ids[i]!]! > 1);
    if (top.length > width) {
      // Only terms as heavy as the width-th can be in the signature: a native sort of bare weights finds it.
      const sorted = Float32Array.from(top, (i) => articleWeights[i]!).sort();
      const threshold = sorted[sorted.length - width]!;
      top = top.filter((i) => articleWeights[i]! >= threshold);
    }
    top
      .sort((a, b) => articleWeights[b]! - articleWeights[a]! || ids[a]! - ids[b]!)
      .slice(0, width)
      .forEach((i, slot) => {
        terms[article * width + slot] = ids[i]!;
        weights[article * width + slot] = articleWeights[i]! / norm;
      });
  });
  return { terms, weights, named };
}

/** For each term, the articles whose signature holds it (the `limit` where it weighs most), as compressed rows. */
function postingLists(
  terms: Uint32Array,
  weights: Float32Array,
  termCount: number,
  width: number,
  limit: number,
) {
  const byTerm = new Map<number, number[]>();
  for (let k = 0; k < terms.length; k++) {
    if (weights[k]! > 0) {
      const list = byTerm.get(terms[k]!) ?? [];
      list.push(k);
      byTerm.set(terms[k]!, list);
    }
  }
  const start = new Uint32Array(termCount + 1);
  const kept = new Map<number, number[]>();
  for (const [term, slots] of byTerm) {
    const top = heaviest(slots, weights, limit);
    kept.set(term, top);
    start[term + 1] = top.length;
  }
  for (let term = 0; term < termCount; term++) start[term + 1]! += start[term]!;
  const articles = new Uint32Array(start[termCount]!);
  const postingWeights = new Float32Array(articles.length);
  for (const [term, slots] of kept) {
    slots.forEach((slot, i) => {
      articles[start[term]! + i] = Math.floor(slot / width);
      postingWeights[start[term]! + i] = weights[slot]!;
    });
  }
  return { start, articles, weights: postingWeights };
}

/** What is left of a similarity between articles `days` apart. */
function timeDiscount(days: number): number {
  return TIME_FLOOR + (1 - TIME_FLOOR) * 2 ** (-Math.abs(days) / HALF_LIFE_DAYS);
}

/** FNV-1a over the term ids from `start` on, as a 32-bit integer: a sentence is compared by its words alone. */
function hash(ids: readonly number[], start: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < ids.length; i++) h = Math.imul(h ^ ids[i]!, 0x01000193);
  return h | 0;
}

/**
 * The `limit` slots of greatest weight, ties to the earlier slot, in slot
 * order. A common word is in a share of every signature, so this runs on
 * lists that grow with the archive: it sorts bare numbers, natively, rather
 * than slots through a comparison function.
 */
function heaviest(slots: number[], weights: Float32Array, limit: number): number[] {
  if (slots.length <= limit) return slots;
  const sorted = Float32Array.from(slots, (slot) => weights[slot]!).sort();
  const threshold = sorted[sorted.length - limit]!;
  const above = slots.filter((slot) => weights[slot]! > threshold);
  const at = slots.filter((slot) => weights[slot] === threshold);
  return [...above, ...at.slice(0, limit - above.length)];
}

/** The `limit` highest-scoring candidates at or above `minScore`, ties to the earlier article. */
function best(
  candidates: readonly number[],
  scores: Float64Array,
  limit: number,
  minScore: number,
): number[] {
  // A running top list: candidates can be most of the archive, and sorting them all per article was the slowest step.
  const top: number[] = [];
  for (const candidate of candidates) {
    const score = scores[candidate]!;
    if (score < minScore || (top.length === limit && !outranks(candidate, top.at(-1)!, scores)))
      continue;
    let at = top.length;
    while (at > 0 && outranks(candidate, top[at - 1]!, scores)) at--;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top;
}

function outranks(a: number, b: number, scores: Float64Array): boolean {
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
}
