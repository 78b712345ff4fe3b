/** FNV-1a over the term ids from `start` on, as a 32-bit integer: a sentence is compared by its words alone. */
export function sentenceHash(ids: readonly number[], start: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < ids.length; i++) h = Math.imul(h ^ ids[i]!, 0x01000193);
  return h | 0;
}
