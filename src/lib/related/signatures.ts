import type { ArticleVectors } from './article-vectors.ts';

/** Every article's signature in fixed-width rows: `width` slots an article, empty slots of weight 0. */
export interface Signatures {
  terms: Uint32Array;
  weights: Float32Array;
  /** Whether each article names a person, place or organisation. */
  named: Uint8Array;
}

/**
 * Each article's `width` highest-weighted terms that another article has
 * too, in fixed-width rows, divided by the length of its whole vector: the
 * products of two signatures sum to the cosine of the two articles, less
 * only what their lighter shared terms would add. With them, whether each
 * article names anyone.
 */
export function signatures(
  { terms: termsByArticle, weights: weightsByArticle, frequency }: ArticleVectors,
  firstName: number,
  width: number,
): Signatures {
  const terms = new Uint32Array(termsByArticle.length * width);
  const weights = new Float32Array(termsByArticle.length * width);
  const named = new Uint8Array(termsByArticle.length);
  termsByArticle.forEach((ids, article) => {
    const articleWeights = weightsByArticle[article]!;
    let squares = 0;
    for (const weight of articleWeights) squares += weight * weight;
    const norm = Math.sqrt(squares);
    named[article] = ids.some((id) => id >= firstName) ? 1 : 0;
    let top: number[] = [];
    for (let i = 0; i < ids.length; i++) if (frequency[ids[i]!]! > 1) top.push(i);
    if (top.length > width) {
      // Only terms as heavy as the width-th can be in the signature: a native sort of bare weights finds it.
      const sorted = new Float32Array(top.length);
      for (let j = 0; j < top.length; j++) sorted[j] = articleWeights[top[j]!]!;
      const threshold = sorted.sort()[sorted.length - width]!;
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
