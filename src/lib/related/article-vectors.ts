import { boilerplateSentences } from './boilerplate.ts';

/** How much more a word of the lead counts than one further down. */
const LEAD_WEIGHT = 3;
/** How much more a shared name counts than a shared word of the same rarity. */
export const NAME_WEIGHT = 2;

/** A person, place or organisation an article names: its number in the archive, and whether it is an organisation. */
export interface NameRef {
  id: number;
  organisation: boolean;
}

/** The words of every article, sentence by sentence, as SimilarArticles keeps them. */
export interface ArticleSentences {
  /** Each article's content words as vocabulary ids, in order. */
  tokens: readonly Uint32Array[];
  /** Where each of its sentences ends in its tokens. */
  sentenceEnds: readonly Uint32Array[];
  /** A hash of each of its sentences' words. */
  sentenceHashes: readonly Int32Array[];
  /** How many of its sentences are its lead's. */
  leadSentences: readonly number[];
  /** The size of the vocabulary: names are numbered after the words. */
  vocabularySize: number;
}

/** Each article's terms, words and then names, with their TF-IDF weights; in how many articles each term is, and which are organisations. */
export interface ArticleVectors {
  terms: Uint32Array[];
  weights: Float32Array[];
  frequency: Uint32Array;
  organisation: Uint8Array;
}

/**
 * Each article's terms with their TF-IDF weights: its words, those of its
 * lead counted LEAD_WEIGHT times and those of boilerplate sentences not at
 * all, then its names, numbered after the words.
 */
export function articleVectors(
  {
    tokens: tokensByArticle,
    sentenceEnds,
    sentenceHashes,
    leadSentences,
    vocabularySize,
  }: ArticleSentences,
  names: readonly (readonly NameRef[])[],
): ArticleVectors {
  const articles = tokensByArticle.length;
  const boilerplate = boilerplateSentences(sentenceHashes);
  const firstName = vocabularySize;
  let nameCount = 0;
  for (const refs of names) for (const { id } of refs) nameCount = Math.max(nameCount, id + 1);
  const frequency = new Uint32Array(firstName + nameCount);
  const organisation = new Uint8Array(frequency.length);
  const terms: Uint32Array[] = [];
  const weights: Float32Array[] = [];
  // One dense row of counts, reset after each article, rather than a map per article.
  const count = new Float64Array(frequency.length);
  for (let article = 0; article < articles; article++) {
    const present: number[] = [];
    const tokens = tokensByArticle[article]!;
    const ends = sentenceEnds[article]!;
    const hashes = sentenceHashes[article]!;
    for (let sentence = 0, start = 0; sentence < ends.length; start = ends[sentence++]!) {
      if (boilerplate.has(hashes[sentence]!)) continue;
      const weight = sentence < leadSentences[article]! ? LEAD_WEIGHT : 1;
      for (let t = start; t < ends[sentence]!; t++) {
        if (count[tokens[t]!] === 0) present.push(tokens[t]!);
        count[tokens[t]!]! += weight;
      }
    }
    const row = new Float32Array(present.length + (names[article]?.length ?? 0));
    present.forEach((term, i) => (row[i] = termFrequency(count[term]!)));
    for (const { id, organisation: isOrganisation } of names[article] ?? []) {
      // A name is there or not: its weight is its rarity alone.
      row[present.length] = NAME_WEIGHT;
      present.push(firstName + id);
      if (isOrganisation) organisation[firstName + id] = 1;
    }
    for (const term of present) {
      frequency[term]!++;
      count[term] = 0;
    }
    terms.push(Uint32Array.from(present));
    weights.push(row);
  }
  for (let article = 0; article < articles; article++) {
    const ids = terms[article]!;
    const row = weights[article]!;
    for (let i = 0; i < ids.length; i++) row[i]! *= rarity(articles, frequency[ids[i]!]!);
  }
  return { terms, weights, frequency, organisation };
}

/** How much a word counts in an article it occurs `count` times in (a word of the lead LEAD_WEIGHT times), before its rarity. */
export function termFrequency(count: number): number {
  return 1 + Math.log(count);
}

/** How much a term counts for its rarity, in `articles` articles of which `frequency` have it. */
export function rarity(articles: number, frequency: number): number {
  return Math.log(1 + articles / frequency);
}

/**
 * How many times a word counts in an article whose vector gives it `weight`
 * where its rarity is `wordRarity`: the inverse of termFrequency. Counts are
 * whole numbers, so this undoes the rounding of the 32-bit weight exactly,
 * and the word can be weighed again with another rarity as if that had been
 * the first.
 */
export function wordCount(weight: number, wordRarity: number): number {
  return Math.round(Math.exp(weight / wordRarity - 1));
}
