import { wordSpans } from './segments.ts';

/** A common figure for adult reading speed of news prose. */
const WORDS_PER_MINUTE = 230;

export function countWords(texts: readonly string[]): number {
  return texts.reduce((total, text) => total + wordSpans(text).length, 0);
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
