import { countryName, isDemonym } from './gazetteer.ts';
import { ALL_CAPITALS, isCommonWord, lexiconTags } from './lexicon.ts';
import { classifyAcronym, isOrganisationWord, organisationNamed } from './organisation-names.ts';
import { isGivenName, isPersonName } from './person-names.ts';
import { isPlaceWord } from './place-names.ts';
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
