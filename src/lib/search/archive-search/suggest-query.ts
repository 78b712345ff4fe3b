/**
 * "Did you mean": a query with its misspelt words replaced by the archive's
 * nearest words.
 */
import {
  foldWord,
  suggestKeys,
  type SuggestChunkKey,
  type SuggestWord,
} from '../archive-index/suggest-chunk.ts';
import { maxEdits, nearestWords } from '../nearest-words.ts';

/**
 * A query word the index finds in at least this many articles is taken as
 * meant; one found in fewer, or only through Pagefind's fallback to a
 * shorter word that begins it ("offcials" finds "of"), is a candidate for
 * correction.
 */
const FOUND_ENOUGH = 3;

/**
 * A candidate word is replaced when a near word is written at least this
 * many times as often in the archive; a word the archive's vocabulary does
 * not list (written once or never) counts as written no times.
 */
const SUGGEST_RATIO = 10;

/** What a suggestion is made from. */
export interface SuggestSources {
  /** Articles the index finds `word` in, as a word or the start of one, not through the fallback. */
  articles: (word: string) => Promise<number>;
  /** The words of one vocabulary chunk (suggest-chunk.ts). */
  chunk: (key: SuggestChunkKey) => Promise<SuggestWord[]>;
}

/** A query word of two letters or more, with the punctuation around it kept apart. */
const QUERY_WORD = /^(\P{L}*)(\p{L}[\p{L}\p{M}]+)(\P{L}*)$/u;

/**
 * The query with each misspelt word replaced by its nearest word in the
 * archive, or undefined if no word is. Vocabulary chunks are asked for only
 * for the words the index finds in fewer than FOUND_ENOUGH articles.
 */
export async function suggestQuery(
  query: string,
  { articles, chunk }: SuggestSources,
): Promise<string | undefined> {
  const tokens = query.trim().split(/\s+/u);
  const corrected = await Promise.all(
    tokens.map(async (token) => {
      const match = QUERY_WORD.exec(token);
      if (!match) return token;
      const [, before, word, after] = match as unknown as [string, string, string, string];
      if ((await articles(word)) >= FOUND_ENOUGH) return token;
      const folded = foldWord(word);
      const keys = suggestKeys(folded, maxEdits([...folded].length));
      const candidates = (await Promise.all(keys.map(chunk))).flat();
      const written = candidates.find((candidate) => foldWord(candidate.word) === folded);
      const [best] = nearestWords(word, candidates);
      if (!best || best.count < (written?.count ?? 0) * SUGGEST_RATIO) return token;
      return `${before}${best.word}${after}`;
    }),
  );
  return corrected.some((token, i) => token !== tokens[i]) ? corrected.join(' ') : undefined;
}
