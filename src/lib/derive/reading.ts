import { wordSpans } from './segments.ts';

/** A common figure for adult reading speed of news prose. */
const WORDS_PER_MINUTE = 230;

// Scripts written without spaces between words need the segmenter's
// dictionary; for the others a regular expression finds the same words in a
// fraction of the time, which matters at a hundred thousand articles.
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
// Letters and digits, kept together across an apostrophe, stop or comma
// between them ("Trump's", "U.S", "1,000"; but "10:30" is two), as the segmenter keeps them.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,][\p{L}\p{N}\p{M}]+)*/gu;

// What starts a word outside the scripts written without spaces.
const WORD_START = /[\p{L}\p{N}\p{M}]/u;

/** Whether countWords would find a word in the text, without counting them all. */
export function hasWord(text: string): boolean {
  return UNSPACED.test(text) ? wordSpans(text).length > 0 : WORD_START.test(text);
}

export function countWords(texts: readonly string[]): number {
  return texts.reduce(
    (total, text) =>
      total + (UNSPACED.test(text) ? wordSpans(text).length : (text.match(WORD)?.length ?? 0)),
    0,
  );
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
