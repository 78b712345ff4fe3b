import { ByteReader, type ByteWriter } from './byte-io.ts';
import { readPostings, writePostings, type Postings } from './postings.ts';

/**
 * A chunk of the archive's sorted vocabulary (`terms/<i>.pfa`): per word its
 * df, the impact of each tier's best posting, and either its postings inline
 * (a word on few pages) or the id of its tier files. Words are sorted in
 * code-unit order and front-coded (the length shared with the previous word,
 * then the rest).
 */

interface TermBase {
  word: string;
  /** Pages holding the word. */
  df: number;
  /** Per tier, the impact of its best posting (float32). */
  impacts: number[];
}

/** A word whose postings are in the chunk. */
interface InlineTerm extends TermBase {
  postings: Postings;
}

/** A word whose postings are in `words/<file>-<t>.pfa`, one file per tier. */
interface FiledTerm extends TermBase {
  file: number;
}

export type TermEntry = InlineTerm | FiledTerm;

/**
 * Appends a word's entry to a chunk being written; `previous` is the word of
 * the entry before it in the chunk ('' for the first), which must sort before it.
 */
export function writeTermEntry(writer: ByteWriter, entry: TermEntry, previous: string): void {
  if (previous !== '' && entry.word <= previous) throw new RangeError('words must be sorted');
  const shared = sharedLength(previous, entry.word);
  writer.uint(shared).string(entry.word.slice(shared)).uint(entry.df).uint(entry.impacts.length);
  for (const impact of entry.impacts) writer.float32(impact);
  if ('postings' in entry) {
    writer.uint(0);
    writePostings(writer, entry.postings);
  } else {
    writer.uint(1).uint(entry.file);
  }
}

/** Reads a chunk's (gunzipped) bytes. */
export function decodeTermChunk(bytes: Uint8Array): TermEntry[] {
  const reader = new ByteReader(bytes);
  const entries: TermEntry[] = [];
  let previous = '';
  while (!reader.done) {
    const word = previous.slice(0, reader.uint()) + reader.string();
    const df = reader.uint();
    const impacts = Array.from({ length: reader.uint() }, () => reader.float32());
    entries.push(
      reader.uint() === 0
        ? { word, df, impacts, postings: readPostings(reader) }
        : { word, df, impacts, file: reader.uint() },
    );
    previous = word;
  }
  return entries;
}

/**
 * The chunks that may hold a word starting with `prefix`, ascending: the one
 * `prefix` would sort into, and every later one whose first word starts with it.
 */
export function chunksFor(prefix: string, chunkFirstWords: readonly string[]): number[] {
  if (chunkFirstWords.length === 0) return [];
  const chunks = [chunkOf(prefix, chunkFirstWords)];
  for (let next = chunks[0]! + 1; chunkFirstWords[next]?.startsWith(prefix); next++)
    chunks.push(next);
  return chunks;
}

/**
 * The chunks that may hold a word that `term` starts with (Pagefind's fallback
 * when no word starts with the term), the chunk of the longest such word
 * first: load them in this order and stop at the first that holds one.
 */
export function prefixChunks(term: string, chunkFirstWords: readonly string[]): number[] {
  if (chunkFirstWords.length === 0) return [];
  const chunks = new Set<number>();
  for (let length = term.length - 1; length > 0; length--) {
    chunks.add(chunkOf(term.slice(0, length), chunkFirstWords));
  }
  return [...chunks];
}

/** The entries of a chunk whose word starts with `prefix`. */
export function extensionsIn(entries: readonly TermEntry[], prefix: string): TermEntry[] {
  const found: TermEntry[] = [];
  for (let i = firstAtLeast(entries, prefix); entries[i]?.word.startsWith(prefix); i++) {
    found.push(entries[i]!);
  }
  return found;
}

/** The entry of a chunk with the longest word that `term` starts with and is not `term`, if any. */
export function longestPrefixIn(
  entries: readonly TermEntry[],
  term: string,
): TermEntry | undefined {
  for (let length = term.length - 1; length > 0; length--) {
    const prefix = term.slice(0, length);
    const entry = entries[firstAtLeast(entries, prefix)];
    if (entry?.word === prefix) return entry;
  }
  return undefined;
}

/** The chunk a word sorts into: the last whose first word is not after it. */
function chunkOf(word: string, chunkFirstWords: readonly string[]): number {
  let low = 0;
  let high = chunkFirstWords.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (chunkFirstWords[middle]! <= word) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

function firstAtLeast(entries: readonly TermEntry[], word: string): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle]!.word < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The code units two words share at the start, never ending inside a surrogate pair. */
function sharedLength(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  const last = b.charCodeAt(shared - 1);
  return shared > 0 && last >= 0xd800 && last <= 0xdbff ? shared - 1 : shared;
}
