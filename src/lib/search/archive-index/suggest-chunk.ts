/**
 * The archive's vocabulary for "Did you mean": its readable words (not the
 * index's stems) with how often each is written, cut into chunks by the first
 * two letters of the word folded to lowercase without diacritics, so the
 * browser fetches only the chunks a misspelt word's candidates can be in.
 */
import { foldDiacritics } from '../query-terms.ts';
import { ByteReader, ByteWriter } from './byte-io.ts';

/** A word of the archive as it is most often written ("Bundesbank"), and how many times it is. */
export interface SuggestWord {
  word: string;
  count: number;
}

/** The form words are compared in: lowercase, diacritics folded. */
export const foldWord = (word: string): string => foldDiacritics(word.toLowerCase());

/** The chunk a folded word of two letters or more is in: its first two letters. */
export const suggestKey = (folded: string): string => [...folded].slice(0, 2).join('');

/**
 * The chunks to look in for words near `folded`: its own, and the one of its
 * first two letters swapped, so a typo that swaps them still finds the word.
 * A typo in the first two letters otherwise is not corrected.
 */
export function suggestKeys(folded: string): string[] {
  const [first = '', second = ''] = [...folded];
  return [...new Set([first + second, second + first])];
}

/** A chunk: its words, most written first. */
export function encodeSuggestChunk(words: readonly SuggestWord[]): Uint8Array {
  const writer = new ByteWriter().uint(words.length);
  for (const { word, count } of words) writer.string(word).uint(count);
  return writer.finish();
}

export function decodeSuggestChunk(bytes: Uint8Array): SuggestWord[] {
  const reader = new ByteReader(bytes);
  return Array.from({ length: reader.uint() }, () => ({
    word: reader.string(),
    count: reader.uint(),
  }));
}

/** Letters, with the marks that belong to them: numbers and punctuation are no word. */
const SURFACE_WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * Counts the words of the archive's text as written, and gives them back by
 * chunk, each word in the case it is most often written in.
 */
export class SurfaceWords {
  readonly #counts = new Map<string, number>();

  /** Counts the words of one article's text; one-letter words are left out. */
  add(text: string): void {
    for (const [word] of text.matchAll(SURFACE_WORD)) {
      if (word.length < 2) continue;
      this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1);
    }
  }

  /** Words written at least `minCount` times, by chunk key, most written first. */
  chunks(minCount: number): Map<string, SuggestWord[]> {
    const byFolded = new Map<string, { total: number; best: string; bestCount: number }>();
    for (const [word, count] of this.#counts) {
      const folded = foldWord(word);
      const entry = byFolded.get(folded);
      if (!entry) byFolded.set(folded, { total: count, best: word, bestCount: count });
      else {
        entry.total += count;
        if (count > entry.bestCount) Object.assign(entry, { best: word, bestCount: count });
      }
    }
    const chunks = new Map<string, SuggestWord[]>();
    for (const [folded, { total, best }] of byFolded) {
      if (total < minCount) continue;
      const key = suggestKey(folded);
      const chunk = chunks.get(key) ?? [];
      chunks.set(key, chunk);
      chunk.push({ word: best, count: total });
    }
    for (const chunk of chunks.values())
      chunk.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
    return chunks;
  }
}
