import { eng } from 'stopword';

const STOPWORDS = new Set(eng);
const NUMBER = /^\p{N}+$/u;
// A word, or the end of a sentence: a full stop, question or exclamation mark, with any closing quotes, before a space.
const WORD_OR_STOP = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*|[.!?]['"’”)]*(?=\s)/gu;

/**
 * The content words of a text, sentence by sentence, in order: lower-cased,
 * possessives folded, and without English stopwords (the `stopword`
 * package's list), numbers and words under three letters, which say nothing
 * of a topic. Sentences without such a word are left out. Sentences end at a
 * full stop, question or exclamation mark before a space, which also ends
 * abbreviations ("U.S. Steel"): telling a line repeated across articles
 * ("Terms were not disclosed.") from the rest needs only that the same words
 * always split the same way, so a sentence segmenter's care would buy nothing.
 */
export function sentenceTerms(text: string): string[][] {
  const sentences: string[][] = [];
  let terms: string[] = [];
  for (const [match] of text.toLowerCase().matchAll(WORD_OR_STOP)) {
    const first = match[0];
    if (first === '.' || first === '!' || first === '?') {
      if (terms.length > 0) sentences.push(terms);
      terms = [];
      continue;
    }
    const term = match.includes("'") || match.includes('’') ? match.replace(/['’]s?$/u, '') : match;
    if (term.length < 3 || STOPWORDS.has(term) || NUMBER.test(term)) continue;
    terms.push(term);
  }
  if (terms.length > 0) sentences.push(terms);
  return sentences;
}
