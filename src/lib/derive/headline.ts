import { leadingSentences } from './truncate.ts';

export const HEADLINE_MAX = 100;
const HEADLINE_MIN = 30;

/**
 * A headline from the lead paragraph: its opening sentence when that fits,
 * else the lead cut at a clause or word boundary. Always a prefix of the lead
 * (plus an ellipsis when cut), so it never says what the article does not.
 */
export function deriveHeadline(lead: string): string {
  const headline = leadingSentences(lead, HEADLINE_MAX, HEADLINE_MIN);
  // Headlines drop a sentence's closing full stop, but not an ellipsis "...".
  return /[^.]\.$/u.test(headline) ? headline.slice(0, -1) : headline;
}
