import { eng } from 'stopword';

const STOPWORDS = new Set(eng);
const NUMBER = /^\p{N}+$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

/**
 * The content words of a text, in order: lower-cased, possessives folded,
 * and without English stopwords (the `stopword` package's list), numbers
 * and words under three letters, which say nothing of a topic.
 */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [match] of text.toLowerCase().matchAll(WORD)) {
    const term = /['’]/u.test(match) ? match.replace(/['’]s?$/u, '') : match;
    if (term.length < 3 || STOPWORDS.has(term) || NUMBER.test(term)) continue;
    terms.push(term);
  }
  return terms;
}

/**
 * A text's sentences, as far as telling one line repeated across articles
 * ("Terms were not disclosed.") from the rest needs: the same words always
 * split the same way, which is all that matters here, so a full sentence
 * segmenter's care with abbreviations would buy nothing.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]['"’”)]*)\s+/u);
}
