import { countryName } from './gazetteer.ts';
import { lexiconTags, PLACE_TAGS, PLACE_WORDS } from './lexicon.ts';
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

export function isPlaceOrOrganisation(word: string): boolean {
  return (
    countryName(word) !== undefined ||
    lexiconTags(word).some((tag) => PLACE_TAGS.includes(tag) || tag === 'Organization')
  );
}
