import { ELLIPSIS, leadingSentences } from './truncate.ts';

/** Fits a meta description without being cut by search engines. */
export const SUMMARY_MAX = 160;

/** A text's opening sentences, or the text cut at a word, for listings and meta descriptions. */
export function deriveSummary(text: string): string {
  return leadingSentences(text, SUMMARY_MAX, SUMMARY_MAX).text;
}

/**
 * What follows a headline cut inside its sentence: the rest of that sentence,
 * marked as a continuation, and the sentences after it that fit.
 */
export function continuedSummary(rest: string): string {
  // The comma a headline stopped before opens nothing in the summary.
  const text = rest.replace(/^[,;:]\s*/u, '');
  return ELLIPSIS + leadingSentences(text, SUMMARY_MAX - ELLIPSIS.length, SUMMARY_MAX).text;
}
