/** Related articles an article lists. */
export const RELATED_LIMIT = 5;

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
  /** Cosine similarity below which an article is not related at all. */
  minScore?: number;
}

/**
 * Finds each article's most similar articles by TF-IDF cosine similarity.
 * Each article is reduced to a signature of its highest-weighted terms, and
 * candidates come from an inverted index of signatures, so an article is
 * compared only with the articles sharing its distinctive words, never with
 * the whole archive. Written here rather than taken from a library because
 * the libraries found compare every pair of documents, which is quadratic.
 */
export class SimilarArticles {
  readonly #vocabulary = new Map<string, number>();
  readonly #documentFrequency: number[] = [];
  readonly #terms: Uint32Array[] = [];
  readonly #counts: Uint32Array[] = [];

  /** Adds the next article's term counts; articles are numbered from 0 in the order added. */
  add(counts: ReadonlyMap<string, number>): void {
    const terms = new Uint32Array(counts.size);
    const values = new Uint32Array(counts.size);
    let i = 0;
    for (const [term, count] of counts) {
      let id = this.#vocabulary.get(term);
      if (id === undefined) {
        id = this.#vocabulary.size;
        this.#vocabulary.set(term, id);
        this.#documentFrequency.push(0);
      }
      this.#documentFrequency[id]!++;
      terms[i] = id;
      values[i++] = count;
    }
    this.#terms.push(terms);
    this.#counts.push(values);
  }

  /** For each article, the numbers of its most similar articles, most similar first. */
  related({
    limit = RELATED_LIMIT,
    signatureTerms = 24,
    postingsPerTerm = 200,
    minScore = 0.05,
  }: SimilarOptions = {}): number[][] {
    const articles = this.#terms.length;
    const { terms, weights } = this.#signatures(signatureTerms);
    const postings = this.#postings(terms, weights, signatureTerms, postingsPerTerm);
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
        for (let p = postings.start[term]!; p < postings.start[term + 1]!; p++) {
          const other = postings.articles[p]!;
          if (other === article) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other]! += weights[k]! * postings.weights[p]!;
        }
      }
      related.push(best(touched, scores, limit, minScore));
      for (const other of touched) scores[other] = 0;
    }
    return related;
  }

  /** Each article's top terms by TF-IDF weight, normalised to unit length, in fixed-width rows. */
  #signatures(width: number): { terms: Uint32Array; weights: Float32Array } {
    const articles = this.#terms.length;
    const terms = new Uint32Array(articles * width);
    const weights = new Float32Array(articles * width);
    for (let article = 0; article < articles; article++) {
      const ids = this.#terms[article]!;
      const counts = this.#counts[article]!;
      const weighted = Array.from(ids, (id, i) => ({
        id,
        weight: (1 + Math.log(counts[i]!)) * Math.log(1 + articles / this.#documentFrequency[id]!),
      }));
      const top = weighted.sort((a, b) => b.weight - a.weight || a.id - b.id).slice(0, width);
      const norm = Math.hypot(...top.map((term) => term.weight));
      top.forEach((term, i) => {
        terms[article * width + i] = term.id;
        weights[article * width + i] = term.weight / norm;
      });
    }
    return { terms, weights };
  }

  /** For each term, the articles whose signature holds it (the `limit` where it weighs most), as compressed rows. */
  #postings(terms: Uint32Array, weights: Float32Array, width: number, limit: number) {
    const byTerm = new Map<number, number[]>();
    for (let k = 0; k < terms.length; k++) {
      // A term no other article has cannot relate two articles.
      if (weights[k]! > 0 && this.#documentFrequency[terms[k]!]! > 1) {
        const list = byTerm.get(terms[k]!) ?? [];
        list.push(k);
        byTerm.set(terms[k]!, list);
      }
    }
    const start = new Uint32Array(this.#vocabulary.size + 1);
    const kept = new Map<number, number[]>();
    for (const [term, slots] of byTerm) {
      const top = heaviest(slots, weights, limit);
      kept.set(term, top);
      start[term + 1] = top.length;
    }
    for (let term = 0; term < this.#vocabulary.size; term++) start[term + 1]! += start[term]!;
    const articles = new Uint32Array(start[this.#vocabulary.size]!);
    const postingWeights = new Float32Array(articles.length);
    for (const [term, slots] of kept) {
      slots.forEach((slot, i) => {
        articles[start[term]! + i] = Math.floor(slot / width);
        postingWeights[start[term]! + i] = weights[slot]!;
      });
    }
    return { start, articles, weights: postingWeights };
  }
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
