/**
 * Pagefind 1.6's excerpt of a result, computed in the browser from the
 * fragment's content and the locations its query matched (the functions
 * `calculate_excerpt_region` and `build_excerpt` of its pagefind.js), with
 * two differences: the window starts after the headline, which opens the
 * content and is shown as the result's title already, and the content is
 * escaped as text (Pagefind escapes only `<` and `>`).
 */
import { stem, WORD_SEPARATORS, wordForms } from './query-terms.ts';

/** Pagefind's default excerpt length, in words. */
const EXCERPT_WORDS = 30;

/**
 * The locations of `content` (location i is its i-th word) that a query
 * matches: those with an index word that starts with one of `terms` (the
 * words Pagefind extends) or is one of `exactWords` (the index word Pagefind
 * falls back to when no word starts with a term: the longest that starts the
 * term).
 */
export function matchLocations(
  content: string,
  terms: readonly string[],
  exactWords: readonly string[] = [],
): number[] {
  const exact = new Set(exactWords);
  // Snowball's English stemmer keeps a word's first letter (query-terms.test.ts checks it on a word list), so a form
  // that starts otherwise than every term and exact word cannot match, and is not stemmed: stemming is most of the cost.
  const initials = new Set([...terms, ...exactWords].map((word) => word[0]));
  const matches = (form: string) => {
    if (!initials.has(form[0])) return false;
    const word = stem(form);
    return exact.has(word) || terms.some((term) => word.startsWith(term));
  };
  // A word's forms depend on it alone, and an article repeats its words.
  const matched = new Map<string, boolean>();
  return content.split(WORD_SEPARATORS).flatMap((word, location) => {
    let found = matched.get(word);
    if (found === undefined) matched.set(word, (found = wordForms(word).some(matches)));
    return found ? [location] : [];
  });
}

/**
 * Where Pagefind starts the excerpt: the first of the densest windows of
 * `length` words, or the middle one of a run of equally dense windows. Each
 * match counts one. Its off-by-one is kept, so excerpts start where
 * Pagefind's do: the sum of the window after i is recorded as i's.
 */
function excerptStart(locations: readonly number[], length: number): number {
  const words: number[] = [];
  for (const location of locations) words[location] = (words[location] ?? 0) + 1;
  if (words.length <= length) return 0;
  let densest = 0;
  for (let i = 0; i < length; i++) densest += words[i] ?? 0;
  let sum = densest;
  let densestAt = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      densestAt = [i];
    } else if (sum === densest && densestAt.at(-1) === i - 1) densestAt.push(i);
  }
  return densestAt[Math.floor(densestAt.length / 2)]!;
}

const escapeText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface ExcerptOptions {
  /** Words shown, Pagefind's `excerptLength`. */
  length?: number;
  /** Words at the start of the content not to show unless only they match: the headline. */
  skip?: number;
}

/**
 * The excerpt of a result as HTML: `length` words of `content` around the
 * densest run of matched `locations`, each match in `<mark>`, every word
 * escaped. The window starts after the first `skip` words, unless the only
 * matches are among them.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  { length = EXCERPT_WORDS, skip = 0 }: ExcerptOptions = {},
): string {
  const words = content.split(WORD_SEPARATORS);
  const inBody = locations.some((location) => location >= skip) || locations.length === 0;
  const from = inBody ? Math.min(skip, words.length) : 0;
  const shown = Math.min(length, words.length - from);
  const counted = locations
    .filter((location) => location >= from)
    .map((location) => location - from);
  const start = Math.max(
    from,
    Math.min(from + excerptStart(counted, length), words.length - shown),
  );
  const marked = new Set(locations);
  return words
    .slice(start, start + shown)
    .map((word, i) =>
      marked.has(start + i) ? `<mark>${escapeText(word)}</mark>` : escapeText(word),
    )
    .join(' ')
    .trim();
}
