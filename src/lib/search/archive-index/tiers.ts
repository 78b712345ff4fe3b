import { impact } from './bm25.ts';
import type { Postings } from './postings.ts';

/**
 * A word's postings cut into tiers by impact: tier 0 its `sizes[0]` best
 * postings, tier 1 the next `sizes[1]`, and so on, the last size repeating.
 * A search loads tiers in order and stops once no unloaded posting can lift a
 * page into the results shown.
 */

/** The number of postings tier `tier` holds at most. */
export function tierSize(tier: number, sizes: readonly number[]): number {
  return sizes[Math.min(tier, sizes.length - 1)]!;
}

/** How many tiers a word on `df` pages has. */
export function tierCount(df: number, sizes: readonly number[]): number {
  let tiers = 0;
  for (let held = 0; held < df; tiers++) held += tierSize(tiers, sizes);
  return tiers;
}

/** A tier: its postings in doc order, and the impact of its best posting. */
export interface Tier {
  postings: Postings;
  impact: number;
}

/**
 * Cuts postings (in doc order) into tiers, best impact first; ties go to the
 * older doc. `weights` are the metadata fields' (bm25.ts `fieldWeights`).
 */
export function splitTiers(
  postings: Postings,
  averageLength: number,
  sizes: readonly number[],
  fieldWeights: readonly number[] = [],
): Tier[] {
  const { docs, weights, lengths, fields } = postings;
  const impacts = new Float64Array(docs.length);
  let best = 0;
  for (let i = 0; i < docs.length; i++) {
    impacts[i] = impact(weights[i]!, lengths[i]!, averageLength, fields[i], fieldWeights);
    best = Math.max(best, impacts[i]!);
  }
  // Most words fit one tier, which is the postings as they are.
  if (docs.length <= sizes[0]!) {
    return docs.length === 0 ? [] : [{ postings, impact: best }];
  }
  // Each posting's rank, best impact first and ties to the older doc, without
  // a comparator sort: the number of postings above its impact, from the
  // impacts sorted natively, then those of the same impact before it.
  const descending = Float64Array.from(impacts).sort().reverse();
  const sameBefore = new Uint32Array(docs.length);
  const starts = [0];
  for (let held = sizes[0]!; held < docs.length; held += tierSize(starts.length - 1, sizes))
    starts.push(held);
  const tiers: Tier[] = starts.map((start, tier) => {
    const size = Math.min(tierSize(tier, sizes), docs.length - start);
    return {
      impact: descending[start]!,
      postings: {
        docs: new Uint32Array(size),
        weights: new Uint32Array(size),
        lengths: new Uint32Array(size),
        fields: new Uint8Array(size),
      },
    };
  });
  const filled = new Uint32Array(tiers.length);
  // In doc order, so each tier is filled in doc order too.
  for (let i = 0; i < docs.length; i++) {
    const above = countAbove(descending, impacts[i]!);
    const rank = above + sameBefore[above]!++;
    let tier = tiers.length - 1;
    while (starts[tier]! > rank) tier--;
    const at = filled[tier]!++;
    const { postings: into } = tiers[tier]!;
    into.docs[at] = docs[i]!;
    into.weights[at] = weights[i]!;
    into.lengths[at] = lengths[i]!;
    into.fields[at] = fields[i]!;
  }
  return tiers;
}

/** How many of `descending`'s values are above `value`, by binary search. */
function countAbove(descending: Float64Array, value: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (descending[middle]! > value) low = middle + 1;
    else high = middle;
  }
  return low;
}
