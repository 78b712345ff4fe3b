import { articleVectors, type ArticleVectors, type NameRef } from './article-vectors.ts';
import { bestCandidates } from './best-candidates.ts';
import { postingLists } from './postings.ts';
import { sentenceHash } from './sentence-hash.ts';
import { signatures } from './signatures.ts';
import { sentenceTerms } from './terms.ts';
import { timeDiscount } from './time-discount.ts';

export type { NameRef } from './article-vectors.ts';

/** Related articles an article lists. */
export const RELATED_LIMIT = 5;

/** What the similarity of two articles is computed from, but their dates. */
export interface RelatedText {
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

/**
 * What `SimilarArticles` keeps of an article's text: a pure function of the
 * text, so a build can keep it for an unchanged file (src/build/article-cache.ts).
 */
export interface RelatedTerms extends Pick<RelatedText, 'tabular' | 'company'> {
  /** Its sentences' content words (terms.ts), the lead's first. */
  sentences: string[][];
  /** How many of the sentences are the lead's. */
  leadSentences: number;
}

/** An article's text read for `SimilarArticles.add`. */
export function relatedTerms({ lead, body, tabular, company }: RelatedText): RelatedTerms {
  const sentences = sentenceTerms(lead);
  const leadSentences = sentences.length;
  for (const paragraph of body) sentences.push(...sentenceTerms(paragraph));
  return { sentences, leadSentences, tabular, company };
}

/** What is left of the similarity of two articles that name people, places or organisations, none of them the same. */
export const UNSHARED_NAMES = 0.3;

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
  /** The vectors of the last names given, computed once for related() and termVectors(). */
  #computed: { names: readonly (readonly NameRef[])[]; vectors: ArticleVectors } | undefined;
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

  /** Adds the next article, as `relatedTerms` reads it; articles are numbered from 0 in the order added. */
  add(day: number, { sentences, leadSentences, tabular, company }: RelatedTerms): void {
    const tokens: number[] = [];
    const ends: number[] = [];
    const hashes: number[] = [];
    for (const terms of sentences) {
      const start = tokens.length;
      for (const term of terms) tokens.push(this.#termId(term));
      ends.push(tokens.length);
      hashes.push(sentenceHash(tokens, start));
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
    // Per candidate, side by side so that one cache line holds all three: its score, the part of it names gave, the part organisations gave.
    const sums = new Float64Array(3 * articles);
    const scores = new Float64Array(articles);
    const related: number[][] = [];
    for (let article = 0; article < articles; article++) {
      const touched: number[] = [];
      for (
        let k = article * signatureTerms;
        k < (article + 1) * signatureTerms && weights[k]! > 0;
        k++
      ) {
        const term = terms[k]!;
        const weight = weights[k]!;
        const isName = term >= firstName;
        const isOrganisation = vectors.organisation[term] === 1;
        for (let p = postings.start[term]!, end = postings.start[term + 1]!; p < end; p++) {
          const other = postings.articles[p]!;
          if (other === article) continue;
          const at = 3 * other;
          if (sums[at] === 0) touched.push(other);
          const score = weight * postings.weights[p]!;
          sums[at]! += score;
          if (isName) sums[at + 1]! += score;
          if (isOrganisation) sums[at + 2]! += score;
        }
      }
      for (const other of touched) {
        const at = 3 * other;
        let similarity = sums[at]!;
        if (this.#tabular[article] || this.#tabular[other]) {
          // Tables of figures share their labels with every other table: only a company both name relates a table to anything, and never two companies' tables.
          if (sums[at + 2] === 0 || this.#otherCompanies(article, other)) similarity = 0;
        } else if (sums[at + 1] === 0 && named[article] && named[other]) {
          // Two articles that name people, places or organisations, but none in common, are seldom on one subject.
          similarity *= UNSHARED_NAMES;
        }
        // The discount is at most 1, and most candidates fall short without it.
        scores[other] =
          similarity < minScore
            ? similarity
            : similarity * timeDiscount(this.#days[article]! - this.#days[other]!);
      }
      related.push(bestCandidates(touched, scores, limit, minScore));
      for (const other of touched) {
        sums[3 * other] = 0;
        sums[3 * other + 1] = 0;
        sums[3 * other + 2] = 0;
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
    if (this.#computed?.names !== names) {
      const vectors = articleVectors(
        {
          tokens: this.#tokens,
          sentenceEnds: this.#sentenceEnds,
          sentenceHashes: this.#sentenceHashes,
          leadSentences: this.#leadSentences,
          vocabularySize: this.#vocabulary.size,
        },
        names,
      );
      this.#computed = { names, vectors };
    }
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
}
