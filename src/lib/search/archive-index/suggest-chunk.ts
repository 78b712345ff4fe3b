/**
 * The archive's vocabulary for "Did you mean": its readable words (not the
 * index's stems) with how often each is written, cut into chunks by the first
 * two letters of the word folded to lowercase without diacritics and by its
 * length, so the browser fetches only the chunks a misspelt word's
 * candidates can be in: those of its first two letters (or them swapped) and
 * of the lengths a few edits reach.
 */
import { ownCopy } from '../../text.ts';
import { foldDiacritics } from '../query-terms.ts';
import { ByteReader, ByteWriter } from './byte-io.ts';

/** A word of the archive as it is most often written ("Bundesbank"), and how many times it is. */
export interface SuggestWord {
  word: string;
  count: number;
}

/** A chunk: the first two letters of its words, folded, and their length in letters. */
export interface SuggestChunkKey {
  prefix: string;
  length: number;
}

/** Words this long or longer share a chunk: lengths are a bit mask of `ArchiveMeta.suggest`. */
export const LONGEST_BAND = 30;

/** The form words are compared in: lowercase, diacritics folded. */
export const foldWord = (word: string): string => foldDiacritics(word.toLowerCase());

/** The chunk of a folded word of two letters or more. */
export function suggestKey(folded: string): SuggestChunkKey {
  const letters = [...folded];
  return { prefix: letters.slice(0, 2).join(''), length: Math.min(letters.length, LONGEST_BAND) };
}

/**
 * The chunks to look in for words up to `edits` edits from `folded`: those of
 * its first two letters and of them swapped (a typo that swaps them still
 * finds the word), at each length the edits can reach. A typo in the first
 * two letters otherwise is not corrected.
 */
export function suggestKeys(folded: string, edits: number): SuggestChunkKey[] {
  const [first = '', second = ''] = [...folded];
  const { length } = suggestKey(folded);
  const keys: SuggestChunkKey[] = [];
  for (const prefix of new Set([first + second, second + first]))
    for (
      let band = Math.max(2, length - edits);
      band <= Math.min(LONGEST_BAND, length + edits);
      band++
    )
      keys.push({ prefix, length: band });
  return keys;
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
      const count = this.#counts.get(word);
      // The archive's counts outlive its documents: a new word is kept apart from the text it was found in.
      if (count === undefined) this.#counts.set(ownCopy(word), 1);
      else this.#counts.set(word, count + 1);
    }
  }

  /** Each word counted, in the order first met, with its count: what `merge` takes. */
  get counts(): ReadonlyMap<string, number> {
    return this.#counts;
  }

  /**
   * Adds the counts of other texts, as `add` would have counted them after
   * this one's: a word first met there comes after every word met here.
   */
  merge(counts: ReadonlyMap<string, number>): void {
    for (const [word, count] of counts)
      this.#counts.set(word, (this.#counts.get(word) ?? 0) + count);
  }

  /** Words written at least `minCount` times, by first two letters, then by length, most written first. */
  chunks(minCount: number): Map<string, Map<number, SuggestWord[]>> {
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
    const chunks = new Map<string, Map<number, SuggestWord[]>>();
    for (const [folded, { total, best }] of byFolded) {
      if (total < minCount) continue;
      const { prefix, length } = suggestKey(folded);
      const lengths = chunks.get(prefix) ?? new Map<number, SuggestWord[]>();
      chunks.set(prefix, lengths);
      const chunk = lengths.get(length) ?? [];
      lengths.set(length, chunk);
      chunk.push({ word: best, count: total });
    }
    for (const lengths of chunks.values())
      for (const chunk of lengths.values())
        chunk.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
    return chunks;
  }
}
