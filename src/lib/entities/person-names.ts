import { GIVEN_NAME_TAGS, isCommonWord, LATIN, lexiconTags } from './lexicon.ts';
import { isPlaceOrOrganisation } from './place-names.ts';

/**
 * The most words read as one person's name without the tagger ("Frans
 * Dekker"): three would also take in a name beside a place ("Ana García
 * Montréal"), which the tagger cuts apart.
 */
const PERSON_WORDS = 2;

/**
 * compromise reads English: of words in other scripts, or the same word
 * twice ("Москва Москва"), it can say nothing.
 */
export function isWrittenName(words: readonly string[]): boolean {
  return LATIN.test(words.join(' ')) && new Set(words).size === words.length;
}

/** Whether compromise's lexicon knows a word as a given name: "Fred", "Martha". */
export function isGivenName(word: string): boolean {
  return GIVEN_NAME_TAGS.some((tag) => lexiconTags(word).includes(tag));
}

/**
 * Whether a few words that no lexicon knows as a whole are a person's name:
 * a given name and a surname, or two words no list knows ("Frans Dekker",
 * "R.J. Dunmore"), which compromise's tagger may cut short.
 */
export function isPersonName(words: readonly string[]): boolean {
  return (
    words.length <= PERSON_WORDS &&
    isWrittenName(words) &&
    (isGivenName(words[0]!) ||
      words.every((word) => !isCommonWord(word) && !isPlaceOrOrganisation(word)))
  );
}
