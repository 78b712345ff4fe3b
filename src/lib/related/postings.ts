/** For each term, the articles whose signature holds it: those of term `t` from `start[t]` to `start[t + 1]`. */
export interface Postings {
  start: Uint32Array;
  articles: Uint32Array;
  /** The term's weight in each of those articles' signatures. */
  weights: Float32Array;
}

/** For each term, the articles whose signature holds it (the `limit` where it weighs most), as compressed rows. */
export function postingLists(
  terms: Uint32Array,
  weights: Float32Array,
  termCount: number,
  width: number,
  limit: number,
): Postings {
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
