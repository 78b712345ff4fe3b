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
  const order = new Uint32Array(docs.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => impacts[b]! - impacts[a]! || a - b);
  const tiers: Tier[] = [];
  for (let start = 0; start < order.length; start += tierSize(tiers.length - 1, sizes)) {
    const picked = order.slice(start, start + tierSize(tiers.length, sizes)).sort();
    tiers.push({
      impact: impacts[order[start]!]!,
      postings: {
        docs: picked.map((i) => docs[i]!),
        weights: picked.map((i) => weights[i]!),
        lengths: picked.map((i) => lengths[i]!),
        fields: Uint8Array.from(picked, (i) => fields[i]!),
      },
    });
  }
  return tiers;
}
