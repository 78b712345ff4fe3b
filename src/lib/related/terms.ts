import { eng } from 'stopword';

const STOPWORDS = new Set(eng);
const NUMBER = /^\p{N}+$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

/**
 * How often each content word occurs in a text: lower-cased, possessives
 * folded, and without English stopwords (the `stopword` package's list),
 * numbers and words under three letters, which say nothing of a topic.
 */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [match] of text.toLowerCase().matchAll(WORD)) {
    const term = /['’]/u.test(match) ? match.replace(/['’]s?$/u, '') : match;
    if (term.length < 3 || STOPWORDS.has(term) || NUMBER.test(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}
