/**
 * "Did you mean": a query with its misspelt words replaced by the archive's
 * nearest words.
 */
import { foldWord, suggestKeys, type SuggestWord } from '../archive-index/suggest-chunk.ts';
import { nearestWords } from '../nearest-words.ts';

/**
 * A word is replaced when a near word is written at least this many times as
 * often in the archive; a word the archive does not list (written once or
 * never) counts as written no times, so any near word replaces it.
 */
export const SUGGEST_RATIO = 10;

/** A query word of two letters or more, with the punctuation around it kept apart. */
const QUERY_WORD = /^(\P{L}*)(\p{L}[\p{L}\p{M}]+)(\P{L}*)$/u;

/**
 * The query with each misspelt word replaced by its nearest word in the
 * archive, or undefined if no word is. `chunk` gives the words of one
 * chunk (suggest-chunk.ts); only the chunks of the query's words are asked for.
 */
export async function suggestQuery(
  query: string,
  chunk: (key: string) => Promise<SuggestWord[]>,
): Promise<string | undefined> {
  const tokens = query.trim().split(/\s+/u);
  const corrected = await Promise.all(
    tokens.map(async (token) => {
      const match = QUERY_WORD.exec(token);
      if (!match) return token;
      const [, before, word, after] = match as unknown as [string, string, string, string];
      const folded = foldWord(word);
      const candidates = (await Promise.all(suggestKeys(folded).map(chunk))).flat();
      const written = candidates.find((candidate) => foldWord(candidate.word) === folded);
      const [best] = nearestWords(word, candidates);
      if (!best || best.count < (written?.count ?? 0) * SUGGEST_RATIO) return token;
      return `${before}${best.word}${after}`;
    }),
  );
  return corrected.some((token, i) => token !== tokens[i]) ? corrected.join(' ') : undefined;
}
