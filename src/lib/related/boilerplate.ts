/** A sentence found in this many articles is boilerplate (an agency's tagline, "Terms were not disclosed."), whatever its words. */
const BOILERPLATE_ARTICLES = 3;

/**
 * The hashes of the sentences that BOILERPLATE_ARTICLES articles or more
 * hold, counted by sorting every article's distinct hashes in one typed
 * array: no map of every sentence of the archive.
 */
export function boilerplateSentences(sentenceHashes: readonly Int32Array[]): Set<number> {
  const distinct = sentenceHashes.map((hashes) => Int32Array.from(new Set(hashes)));
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
