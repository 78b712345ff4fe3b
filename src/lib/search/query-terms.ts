/**
 * The words Pagefind 1.6 looks up for a query, and the words it records at
 * each location of a page, so that the browser can search Pagefind's index
 * without Pagefind's WebAssembly and match what it would match.
 *
 * The stemmer is Snowball's English algorithm as Snowball 3.1 generates it
 * (./snowball/, kept as generated): Pagefind 1.6's indexer stems with it. No
 * npm package implements it: the Porter2 packages (porter2,
 * wink-porter2-stemmer, snowball-stemmers, stemr) implement Snowball 2's
 * English, which stems "university", "international", "added",
 * "organization", "emergency" and every "-ologist" differently
 * (docs/search.md).
 */
import EnglishStemmer from './snowball/english-stemmer.js';

const stemmer = new EnglishStemmer();

/** Snowball's English stem of a lowercase word. */
export function stem(word: string): string {
  return stemmer.stemWord(word);
}

/**
 * Pagefind's own test for a query grapheme it drops, copied with its
 * precedence: a grapheme that starts with a dash, holds closing, final,
 * initial or other punctuation, or ends with opening punctuation. Symbols
 * (`$`, `+`, `<`) and connector punctuation (`_`) stay in the query.
 */
const DROPPED_GRAPHEME = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind's diacritic folding: marks removed after NFD, but the kana voicing marks kept. */
export function foldDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/u.test(stripped) ? stripped.normalize('NFC') : stripped;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The index words Pagefind 1.6 looks up for a query typed on an English
 * page, one per query word: its search() drops punctuation graphemes,
 * lowercases the rest, collapses runs of whitespace, splits on single spaces
 * and folds diacritics; its WebAssembly stems each word. A word that is only
 * punctuation is no term; "U.S." is `us`, "president's" `presid`,
 * "28-point" `28point`. A quoted phrase gives the terms of its words.
 */
export function queryTerms(term: string): string[] {
  return queryWords(term).map((word) => word.stem);
}

/** A query word: as typed (lowercased, without punctuation), with diacritics folded, and as Pagefind looks it up. */
export interface QueryWord {
  typed: string;
  folded: string;
  stem: string;
}

/** The query's words, each with the form Pagefind 1.6 compares index words to for its diacritic bonus. */
export function queryWords(term: string): QueryWord[] {
  let kept = '';
  for (const { segment } of graphemes.segment(term))
    if (!DROPPED_GRAPHEME.test(segment)) kept += segment.toLocaleLowerCase();
  return kept
    .replace(/\s{2,}/gu, ' ')
    .trim()
    .split(' ')
    .map((typed) => ({ typed, folded: foldDiacritics(typed) }))
    .filter(({ folded }) => folded.length > 0)
    .map(({ typed, folded }) => ({ typed, folded, stem: stem(folded) }));
}

/** What separates the words of a fragment's content, as Pagefind's excerpts split it. */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/u;

const ASCII = /^[\0-\x7f]*$/u;

/**
 * A word as Pagefind's indexer keys it: its letters, digits and connectors
 * (`_`), the uppercase ones lowercased one by one, diacritics folded.
 */
function indexForm(word: string): string {
  // Most words of English text are ASCII, which has no diacritics to fold and whose letters lowercase one by one.
  if (ASCII.test(word)) return word.replace(/[^A-Za-z0-9_]/gu, '').toLowerCase();
  let kept = '';
  for (const char of word) {
    if (!/[\p{Alphabetic}\p{N}\p{Pc}]/u.test(char)) continue;
    kept += /\p{Uppercase}/u.test(char) ? char.toLowerCase() : char;
  }
  return foldDiacritics(kept);
}

const utf8 = new TextEncoder();

const CASE_CHANGE =
  /(\p{Lowercase})(?=\p{Uppercase})|(\p{Uppercase})(?=\p{Uppercase}\p{Lowercase})/gu;
const DIGITS_MEET_LETTERS = /(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu;

/** A word of ASCII letters, lowercase after the first, with ASCII punctuation only before or after them. */
const PLAIN_WORD = /^[!-/:-@[-`{-~]*[A-Za-z]?[a-z]*[!-/:-@[-`{-~]*$/u;

/**
 * The parts Pagefind's indexer also records a word as, at the same location,
 * if the word has punctuation or an uppercase letter after its first: the
 * word split at ASCII punctuation, where its case changes and where digits
 * meet letters, lowercased, parts of one byte left out ("28-point" gives `28`
 * and `point`, "McAllister's" `mc` and `allister`, "iPhone" `phone`, "1ST"
 * `st`; "1980s" and "B52" nothing). Not mirrored: the extra parts Pagefind
 * finds in dotted acronyms and decimals ("U.S.A." is also `sa`, "15.1p" also
 * `1p`).
 */
function compoundParts(word: string, whole: string): string[] {
  // Most words of English text: the regular expressions below would split them into the whole word alone.
  if (PLAIN_WORD.test(word)) return [];
  if (/^[\p{Alphabetic}\p{N}]*$/u.test(word) && !/^.+\p{Uppercase}/u.test(word)) return [];
  const split = word
    .replace(/[!-/:-@[-`{-~]/gu, ' ')
    .replace(CASE_CHANGE, '$1$2 ')
    .replace(DIGITS_MEET_LETTERS, '$1$2 ')
    .toLowerCase()
    .trim();
  if (!/\s/u.test(split) && whole.startsWith(split)) return [];
  return split
    .split(/\s+/u)
    .filter((part) => utf8.encode(part).length > 1)
    .map(foldDiacritics);
}

/** Pagefind indexes each emoji of a word also on its own. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * The forms Pagefind stems into the index words it records for one word of
 * a fragment's content (split at WORD_SEPARATORS): the word's letters,
 * digits and connectors, its parts, and its emoji. A word Pagefind indexes
 * nothing for (a dash standing alone) has none.
 */
export function wordForms(word: string): string[] {
  const whole = indexForm(word);
  return [
    ...(whole.length > 0 ? [whole, ...compoundParts(word, whole)] : []),
    ...(EMOJI.test(word)
      ? [...graphemes.segment(word)].map(({ segment }) => segment).filter((g) => EMOJI.test(g))
      : []),
  ];
}

/** For each location of a fragment's content (location i is its i-th word), the index words Pagefind records there: the stems of its forms. */
export function contentWords(content: string): string[][] {
  return content.split(WORD_SEPARATORS).map((word) => [...new Set(wordForms(word).map(stem))]);
}
