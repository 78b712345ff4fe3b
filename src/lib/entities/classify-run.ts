import { isKnownCity } from './cities.ts';
import { countryName, isDemonym } from './gazetteer.ts';
import { ALL_CAPITALS, isCommonWord, lexiconTags } from './lexicon.ts';
import { classifyAcronym, isOrganisationWord, organisationNamed } from './organisation-names.ts';
import { isGivenName, isPersonName } from './person-names.ts';
import { isKnownPlace, isPlaceWord } from './place-names.ts';
import { isTitle, organisationName, withoutQualifiers } from './qualifiers.ts';
import { classifyByTagger } from './tag-phrase.ts';
import type { Mention } from './types.ts';

/**
 * The names in a run of capitalised words with no link in it, read inside a
 * sentence: by the gazetteer and the word lists first, then compromise's
 * tagger.
 */
export function classifyRun(run: readonly string[]): Mention[] {
  // "Senator", "President": compromise knows the title in its lexicon, though
  // not always in the run's tagging.
  const words = withoutQualifiers(run);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const country = countryName(phrase);
  if (country) return [{ kind: 'place', name: country }];
  if (isDemonym(phrase)) return [];
  // "US-Russia ties": countries side by side.
  const countries = phrase.split('-').map(countryName);
  if (countries.length > 1 && countries.every((name) => name !== undefined))
    return countries.map((name) => ({ kind: 'place', name }));
  if (words.length === 1 && ALL_CAPITALS.test(phrase))
    return [classifyAcronym(phrase) ?? []].flat();
  // "Bundesbank President Helmut Brenner", "GATT Director-General Pierre
  // Vallotton": a title between an institution and a name ends the one and
  // starts the other. A common word before it ("Finance Minister") names nothing.
  const title = words.findLastIndex(
    (word, i) => i > 0 && i < words.length - 1 && word.split('-').some(isTitle),
  );
  if (title > 0) {
    const holder = words.slice(0, title);
    return [
      ...(holder.every(isCommonWord)
        ? []
        : classifyRun(holder).map((mention) =>
            mention.kind === 'surname' || mention.kind === 'person'
              ? { kind: 'organisation' as const, name: mention.name }
              : mention,
          )),
      ...classifyRun(words.slice(title + 1)),
    ];
  }
  if (words.length > 1) {
    const places = placesInRun(words);
    if (places) return places;
  }
  const last = words.at(-1)!;
  if (words.length > 1 && lexiconTags(phrase).length === 0) {
    if (isOrganisationWord(last)) return organisationNamed(organisationName(run));
    if (isPlaceWord(last) && !isGivenName(words[0]!)) return [{ kind: 'place', name: phrase }];
    if (isPersonName(words)) return [{ kind: 'person', name: phrase }];
  }
  const mention = classifyByTagger(phrase);
  // A person's name has a word that is no common word: not "Sea Falcon", "Middle East".
  if (mention?.kind === 'person' && mention.name.split(/[\s-]/u).every(isCommonWord)) return [];
  return [mention ?? []].flat();
}

/**
 * A run that is a city's name ("São Paulo", "Des Moines"), or that runs a
 * person's name into places' ("Li Wei Nairobi", "Århus Olga Ivanova"), or
 * places into each other ("Nairobi Kraków"): the places apart from the
 * rest. Only a person named in full is parted from a place, so "George
 * Washington" stays whole.
 */
function placesInRun(words: readonly string[]): Mention[] | null {
  const phrase = words.join(' ');
  if (isKnownCity(phrase)) return [{ kind: 'place', name: phrase }];
  const places = placesOnly(words);
  if (places) return places;
  let start = 0;
  let end = words.length;
  const before: Mention[] = [];
  const after: Mention[] = [];
  const placeOf = (from: number, to: number) => {
    const name = words.slice(from, to).join(' ');
    return to - from >= 1 && isKnownPlace(name) ? ({ kind: 'place', name } as const) : null;
  };
  for (
    let place = placeOf(0, 1);
    place && end - start > PERSON_LEFT;
    place = placeOf(start, start + 1)
  ) {
    before.push(place);
    start++;
  }
  for (;;) {
    const size = PLACE_SIZES.find((n) => end - n - start >= PERSON_LEFT && placeOf(end - n, end));
    if (size === undefined) break;
    after.unshift(placeOf(end - size, end)!);
    end -= size;
  }
  if (before.length + after.length === 0) return null;
  const [person, ...others] = classifyRun(words.slice(start, end));
  return person?.kind === 'person' && others.length === 0 && person.name.includes(' ')
    ? [...before, person, ...after]
    : null;
}

/** The words of a place's name at the end of a run: "São Paulo", "Nairobi". */
const PLACE_SIZES = [2, 1];
/** The fewest words of a person's name left between places: a given name and a surname. */
const PERSON_LEFT = 2;

/** A run of places side by side, each one word or two ("Kraków São Paulo"), or null. */
function placesOnly(words: readonly string[]): Mention[] | null {
  const places: Mention[] = [];
  for (let start = 0; start < words.length;) {
    const size = PLACE_SIZES.find(
      (n) => start + n <= words.length && isKnownPlace(words.slice(start, start + n).join(' ')),
    );
    if (size === undefined) return null;
    places.push({ kind: 'place', name: words.slice(start, start + size).join(' ') });
    start += size;
  }
  return places;
}
