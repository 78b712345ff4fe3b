/**
 * The archive's words nearest a misspelt one, for "Did you mean".
 */
import type { SuggestWord } from './archive-index/suggest-chunk.ts';
import { foldWord } from './archive-index/suggest-chunk.ts';

/**
 * The optimal string alignment distance (Damerau-Levenshtein without
 * editing a substring twice): insertions, deletions, substitutions and
 * swaps of two neighbouring letters each cost 1. Written here because the
 * distance library the project has, fastest-levenshtein, counts a swap as
 * two edits, and a swap is the commonest typo ("Bundesbnak").
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[t.length]!;
}

/** The most edits a word of `length` letters may be from its suggestion: short words change meaning fast. */
export const maxEdits = (length: number): number => (length <= 4 ? 1 : 2);

/**
 * The candidates within `maxEdits` of `typed` (compared lowercase, without
 * diacritics), nearest first, then most written; `typed` itself is none.
 */
export function nearestWords(typed: string, candidates: readonly SuggestWord[]): SuggestWord[] {
  const folded = foldWord(typed);
  const limit = maxEdits([...folded].length);
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(folded, foldWord(candidate.word)) }))
    .filter(({ distance }) => distance > 0 && distance <= limit)
    .sort((a, b) => a.distance - b.distance || b.candidate.count - a.candidate.count)
    .map(({ candidate }) => candidate);
}
