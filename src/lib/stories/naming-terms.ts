import { NAME_WEIGHT, rarity, termFrequency, wordCount } from '../related/article-vectors.ts';
import type { TermVectors } from '../related/similar-articles.ts';
import { heaviest } from './find-stories.ts';

/** Words of each report a story's name is drawn from: its heaviest, which bounds the work per story. */
const NAMING_WORDS = 40;

export interface NamingInput {
  /** Each article's words and names, as related articles are found with. */
  vectors: TermVectors;
  /** Each article's date as a number of days. */
  days: readonly number[];
  /** The articles in date order. */
  order: readonly number[];
}

/**
 * For each story, given as its reports' article numbers, each report's
 * terms as storyName weighs them: every person, place and organisation it
 * names and its heaviest words, weighed by TF-IDF as in the vectors but with
 * each term's rarity in the archive as it stood on the day of the story's
 * latest report. Nothing in a story's terms then depends on articles dated
 * after it, so the news of later days never renames it, where the rarity in
 * the whole archive, which every new article shifts, flipped its near-ties.
 */
export function namingTerms(
  { vectors, days, order }: NamingInput,
  stories: readonly (readonly number[])[],
): [term: number, weight: number][][][] {
  const { terms, weights, frequency, firstName } = vectors;
  const lastDay = stories.map((reports) => Math.max(...reports.map((article) => days[article]!)));
  const byLastDay = stories.map((_, story) => story).sort((a, b) => lastDay[a]! - lastDay[b]!);
  // The articles with each term so far, as the articles are gone through in date order.
  const seen = new Uint32Array(frequency.length);
  let read = 0;
  const named: [number, number][][][] = [];
  for (const story of byLastDay) {
    for (; read < order.length && days[order[read]!]! <= lastDay[story]!; read++) {
      for (const term of terms[order[read]!]!) seen[term]!++;
    }
    named[story] = stories[story]!.map((article) => {
      const row = terms[article]!;
      const asOfThen = Float64Array.from(row, (term, i) => {
        const weight =
          term >= firstName
            ? NAME_WEIGHT
            : termFrequency(
                wordCount(weights[article]![i]!, rarity(terms.length, frequency[term]!)),
              );
        return Math.fround(weight) * rarity(read, seen[term]!);
      });
      const end = row.findIndex((term) => term >= firstName);
      const words = end < 0 ? row.length : end;
      const names: [number, number][] = [];
      for (let i = words; i < row.length; i++) names.push([row[i]!, asOfThen[i]!]);
      return [
        ...names,
        ...heaviest(row.subarray(0, words), asOfThen.subarray(0, words), NAMING_WORDS),
      ];
    });
  }
  return named;
}
