import { createHash } from 'node:crypto';
import { prefixWithin, wordSpans } from './segments.ts';

const SLUG_WORDS = 8;
/**
 * File systems allow 255 bytes in a name, and the slug is a folder's name in
 * the built site: a lead in a script of 3 bytes a letter (Georgian, Devanagari,
 * CJK) would pass that in a few words. A third of it leaves room to spare.
 */
export const SLUG_MAX_BYTES = 100;

// Marks on these scripts' letters are accents that readers drop in URLs
// ("Kraków" as "krakow"), and old URLs of Latin text were made without them.
// Elsewhere a mark is part of the letter: a Devanagari vowel sign, a Thai
// tone, a Hebrew point, Japanese dakuten.
const FOLDED_MARKS = /([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])\p{M}+/gu;

/**
 * Text in lower case, with the accents of Latin, Greek and Cyrillic letters
 * removed: "Zelenskyy" and "ZELENSKYY", "Kraków" and "krakow" fold alike.
 * Marks of other scripts are kept; the result is NFC.
 */
export function foldMarks(text: string): string {
  return text.normalize('NFKD').replace(FOLDED_MARKS, '$1').toLowerCase().normalize('NFC');
}

/**
 * Hex digits of a URL key at each level but the last: the short key of every
 * article, and the longer one the members of a clash get (src/lib/archive/url-keys.ts).
 */
const SHORT_KEY_DIGITS = [6, 12];
/** The level whose key is the whole hash of the file name. */
export const LAST_KEY_LEVEL = SHORT_KEY_DIGITS.length;

/**
 * A URL segment for an article: the headline's first words, then a key of
 * the source file name. The key makes the URL depend on this article alone,
 * so two same-day articles with the same lead get distinct URLs. The whole
 * slug fits SLUG_MAX_BYTES of UTF-8, cut at a word.
 */
export function articleSlug(headline: string, sourceFile: string, level = 0): string {
  const key = fileKey(sourceFile, level);
  const words = joinWithin(slugWords(headline), SLUG_MAX_BYTES - byteLength(key) - 1);
  return words ? `${words}-${key}` : key;
}

/**
 * As many of the words, from the first, as fit `maxBytes` of UTF-8 joined by
 * hyphens. A first word longer than that (a long compound, or a script the
 * segmenter cannot split) is cut inside, at a character, rather than lost.
 */
export function joinWithin(words: readonly string[], maxBytes: number): string {
  let joined = '';
  for (const word of words) {
    const longer = joined ? `${joined}-${word}` : word;
    if (byteLength(longer) > maxBytes) return joined || prefixWithin(word, maxBytes, byteLength);
    joined = longer;
  }
  return joined;
}

/** The headline's first words, folded, each reduced to its letters, marks and digits. */
function slugWords(headline: string): string[] {
  return wordSpans(foldMarks(headline))
    .slice(0, SLUG_WORDS)
    .map((word) => word.text.replace(/[^\p{L}\p{M}\p{N}]/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * A key of the source file name. Level 0 is six hex digits of the name's
 * hash, level 1 twelve; both hash the NFC name, so a folder copied between
 * file systems that store names composed and decomposed keeps its URLs.
 * Level 2 is the whole hash of the name as stored, which two distinct file
 * names never share, even names that differ only in how they are composed.
 */
export function fileKey(sourceFile: string, level = 0): string {
  const digits = SHORT_KEY_DIGITS[level];
  return digits === undefined
    ? sha256(sourceFile)
    : sha256(sourceFile.normalize('NFC')).slice(0, digits);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
