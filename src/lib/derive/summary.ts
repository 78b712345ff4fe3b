import { leadingSentences } from './truncate.ts';

/** Fits a meta description without being cut by search engines. */
export const SUMMARY_MAX = 160;

/** The lead's opening sentences, or the lead cut at a word, for listings and meta descriptions. */
export function deriveSummary(lead: string): string {
  return leadingSentences(lead, SUMMARY_MAX, SUMMARY_MAX);
}
