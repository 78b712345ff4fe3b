import { isKnownCity } from './cities.ts';
import { countryName } from './gazetteer.ts';
import {
  GIVEN_NAME_TAGS,
  isFunctionWord,
  lexiconTags,
  PLACE_TAGS,
  PLACE_WORDS,
} from './lexicon.ts';
import type { Mention } from './types.ts';

/** A place named by a kind of place and "of": "Strait of Hormuz", "Gulf of Mexico". */
export function placeNamed(parts: readonly string[][], words: readonly string[]): Mention | null {
  const first = parts[0]!;
  return parts.length === 2 &&
    first.length === 1 &&
    PLACE_WORDS[first[0]!.toLowerCase()] === true &&
    words[1] === 'of'
    ? { kind: 'place', name: words.join(' ') }
    : null;
}

/** Whether a word is a kind of place ("Gulf", "Bay"), which names one after "the". */
export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS[word.toLowerCase()] === true;
}

/**
 * Whether a name is a known place's: a country, a city of some size, or a
 * place compromise knows, and no given name ("Sofia", "Florence").
 */
export function isKnownPlace(name: string): boolean {
  if (countryName(name) !== undefined || isKnownCity(name)) return true;
  const tags = lexiconTags(name);
  return (
    tags.some((tag) => PLACE_TAGS.includes(tag)) &&
    !tags.some((tag) => GIVEN_NAME_TAGS.includes(tag))
  );
}

export function isPlaceOrOrganisation(word: string): boolean {
  return (
    countryName(word) !== undefined ||
    lexiconTags(word).some((tag) => PLACE_TAGS.includes(tag) || tag === 'Organization')
  );
}

/**
 * Nouns for a part, a site or a trade of a firm: in "its Houston unit" or
 * "a Houston maker of valves", the word before one says where. Written by
 * hand: no word list sorts nouns by what they name.
 */
const FIRM_PARTS = new Set([
  'unit',
  'units',
  'subsidiary',
  'subsidiaries',
  'affiliate',
  'office',
  'offices',
  'plant',
  'plants',
  'factory',
  'refinery',
  'mill',
  'mine',
  'division',
  'branch',
  'bureau',
  'headquarters',
  'operation',
  'operations',
  'facility',
  'maker',
  'makers',
  'producer',
  'manufacturer',
  'company',
  'firm',
  'bank',
]);
/** Words before such a noun that make the word between them the firm's place: "its", "a". */
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'a', 'an', 'the']);

/** Whether a run is one word in the slot of "its Houston unit". */
export function isOwnedUnit(phrase: string, after: string, next: string | undefined): boolean {
  return next !== undefined && FIRM_PARTS.has(next) && OWNERS.has(after) && !phrase.includes(' ');
}

/**
 * A city written before its state ("Clayton, Mo."), or the state: a place,
 * without the word that opens a sentence before it ("In Stamford, Conn.").
 */
export function cityBeforeState(phrase: string, initial: boolean): Mention {
  const words = phrase.split(' ');
  const start = initial && words.length > 1 && isFunctionWord(words[0]!) ? 1 : 0;
  return { kind: 'place', name: words.slice(start).join(' ') };
}
