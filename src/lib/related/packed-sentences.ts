/**
 * Many articles' sentences of terms (`RelatedTerms.sentences`) in one
 * vocabulary: each distinct term once, and the sentences as numbers. A
 * thousand articles write each word many times; unpacked, every sentence
 * that has a word holds the same string, which V8 hashes once, rather than a
 * string of its own per occurrence.
 */
export interface PackedSentences {
  vocabulary: string[];
  /** Per article, how many sentences it has. */
  sentenceCounts: Uint32Array;
  /** Per sentence, of every article in turn, how many terms it has. */
  sentenceLengths: Uint32Array;
  /** Every term of every sentence in turn, as its place in `vocabulary`. */
  terms: Uint32Array;
}

export function packSentences(
  articles: readonly (readonly (readonly string[])[])[],
): PackedSentences {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const sentenceLengths: number[] = [];
  const terms: number[] = [];
  for (const sentences of articles) {
    for (const sentence of sentences) {
      sentenceLengths.push(sentence.length);
      for (const term of sentence) {
        let id = ids.get(term);
        if (id === undefined) {
          id = vocabulary.push(term) - 1;
          ids.set(term, id);
        }
        terms.push(id);
      }
    }
  }
  return {
    vocabulary,
    sentenceCounts: Uint32Array.from(articles, (sentences) => sentences.length),
    sentenceLengths: Uint32Array.from(sentenceLengths),
    terms: Uint32Array.from(terms),
  };
}

/** Each article's sentences as `packSentences` was given them. */
export function unpackSentences({
  vocabulary,
  sentenceCounts,
  sentenceLengths,
  terms,
}: PackedSentences): string[][][] {
  // Plain loops: a chunk holds some 300,000 terms, and callbacks per term cost more than the rest.
  const articles = new Array<string[][]>(sentenceCounts.length);
  let sentence = 0;
  let term = 0;
  for (let article = 0; article < sentenceCounts.length; article++) {
    const sentences = new Array<string[]>(sentenceCounts[article]!);
    for (let k = 0; k < sentences.length; k++) {
      const words = new Array<string>(sentenceLengths[sentence++]!);
      for (let w = 0; w < words.length; w++) words[w] = vocabulary[terms[term++]!]!;
      sentences[k] = words;
    }
    articles[article] = sentences;
  }
  return articles;
}
