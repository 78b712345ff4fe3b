import { classifyRun } from './classify-run.ts';
import { classifyWord, CONTEXT_WORDS, PLACE_CONTEXT, type Context } from './classify-word.ts';
import { countryName } from './gazetteer.ts';
import { isLegalForm } from './legal-forms.ts';
import { ALL_CAPITALS, isCommonWord, isName, LATIN, lexiconTags, NAME_TAGS } from './lexicon.ts';
import type { NameRun } from './name-runs.ts';
import {
  firmInRun,
  isOrganisationName,
  isPartyName,
  LINK_WORDS,
  linkedParts,
  organisationNamed,
} from './organisation-names.ts';
import { isKnownCity } from './cities.ts';
import { cityBeforeState, isKnownPlace, isOwnedUnit, placeNamed } from './place-names.ts';
import { isTitle, organisationName } from './qualifiers.ts';
import type { Mention } from './types.ts';

/** A possessive opening a run, which name-runs keeps only in a firm's name: "Moody's Investors Service". */
const POSSESSIVE = /['’]s$/u;

/**
 * Decides which capitalised runs are names of people, places and
 * organisations, with compromise's tagger and lexicon and world-countries'
 * names of countries. Each distinct run is classified once and remembered:
 * tagging whole articles is far too slow for a large archive, while an
 * archive repeats its names.
 */
export class NameClassifier {
  readonly #seen = new Map<string, readonly Mention[]>();

  classify({ phrase, initial, title, after = '', next, place }: NameRun): readonly Mention[] {
    const context = CONTEXT_WORDS.has(after) ? after : '';
    // Only a run in a place's or a firm's slot is told apart by it: the
    // others, by far the most, share one key whatever follows them.
    const slot = place ? '@' : isOwnedUnit(phrase, after, next) ? '%' : '';
    const key = `${initial ? '^' : ''}${title ? '=' : ''}${slot}${context}\0${phrase}`;
    let mentions = this.#seen.get(key);
    if (mentions === undefined) {
      const read = { initial, title: title === true, after: context };
      const found =
        slot === '@'
          ? [cityBeforeState(phrase, initial)]
          : slot === '%'
            ? ownedUnit(phrase, read)
            : classifyPhrase(phrase, read);
      // Every name of a country is filed under one, however the run was read.
      mentions = found.map((mention) =>
        mention.kind === 'place'
          ? { ...mention, name: countryName(mention.name) ?? mention.name }
          : mention,
      );
      this.#seen.set(key, mentions);
    }
    return mentions;
  }
}

/**
 * "its Houston unit", "a Houston maker of valves": one word between a
 * determiner and a noun for a part or a trade of a firm is where the firm
 * is, or whose it is, and never a person.
 */
function ownedUnit(word: string, context: Context): Mention[] {
  if (isKnownCity(word)) return [{ kind: 'place', name: word }];
  return classifyPhrase(word, context).filter(
    (mention) => mention.kind !== 'person' && mention.kind !== 'surname',
  );
}

/**
 * The names in one run: split where a sentence's first word, a legal form or
 * a link parts two names, then each part read as a firm, an organisation, a
 * place, a single word or a run of words.
 */
function classifyPhrase(phrase: string, context: Context): Mention[] {
  const { initial, title, after } = context;
  const words = phrase.split(' ');
  const parts = linkedParts(words);
  const organisation = parts.length > 1 && isOrganisationName(words, parts);
  // A sentence's first word is capitalised whatever it is: a common word
  // ("Meanwhile", "Shares") is no part of the name after it.
  if (
    initial &&
    words.length > 1 &&
    !organisation &&
    isCommonWord(words[0]!) &&
    !isPartyName(words)
  ) {
    let rest = 1;
    while (rest < words.length && LINK_WORDS.has(words[rest]!)) rest++;
    const link = words[rest - 1]!.toLowerCase();
    // A common word before a title is a title of office ("Treasury
    // Secretary"), which names no organisation.
    const office = rest === 1 && isTitle(words[1]!);
    return [
      ...(office ? [] : classifyPhrase(words[0]!, { initial, title, after: '' })),
      ...classifyPhrase(words.slice(rest).join(' '), {
        initial: false,
        title,
        after: CONTEXT_WORDS.has(link) ? link : '',
      }),
    ];
  }
  // A word no list knows opening a sentence before a name of two words or
  // more, or before a place, is no part of it when the rest stands on its
  // own ("Anlo Olga Ivanova", "Anlo Reykjavík", "Ganlo Jonas Weber
  // Reykjavík"): the rest is classified once, whatever word opens it.
  // Initials and a firm's legal form ("J.P. Morgan Securities Ltd") keep the
  // run whole.
  if (
    initial &&
    (words.length > 2 || isKnownPlace(words.slice(1).join(' '))) &&
    !organisation &&
    !ALL_CAPITALS.test(words[0]!) &&
    !isLegalForm(words.at(-1)!) &&
    !isCommonWord(words[0]!) &&
    !isName(words[0]!) &&
    !POSSESSIVE.test(words[0]!)
  ) {
    const rest = classifyPhrase(words.slice(1).join(' '), { initial: false, title, after: '' });
    const named = rest.filter((mention) => mention.kind !== 'place');
    if (
      rest.length > 0 &&
      named.length <= 1 &&
      named.every((mention) => mention.kind !== 'surname' && mention.name.includes(' ')) &&
      !isTitle(words[1]!)
    )
      return [...classifyPhrase(words[0]!, { initial, title, after: '' }), ...rest];
  }
  // A legal form ends a firm's name: "Texstar Inc and Harlow Co" are two.
  const end = words.findIndex(
    (word, i) => i < words.length - 2 && isLegalForm(word) && LINK_WORDS.has(words[i + 1]!),
  );
  if (end !== -1)
    return [
      ...classifyPhrase(words.slice(0, end + 1).join(' '), context),
      ...classifyPhrase(words.slice(end + 2).join(' '), { initial: false, title, after: '' }),
    ];
  const firm = firmInRun(words);
  if (firm)
    return [
      ...(firm.before.length > 0 ? classifyPhrase(firm.before.join(' '), context) : []),
      ...(firm.firm ? [firm.firm] : []),
    ];
  if (organisation) return organisationNamed(organisationName(words));
  if (parts.length > 1) {
    const place = placeNamed(parts, words);
    if (place) return [place];
    // Names side by side: "Britain and France", "Marshall Goldman of Harvard".
    // "in Tokyo and Bonn": both are "in".
    const shared = words.includes('of') || words.includes('for') ? '' : after;
    return parts.flatMap((part, i) =>
      classifyPhrase(part.join(' '), i === 0 ? context : { initial: false, title, after: shared }),
    );
  }
  if (words.length === 1) return classifyWord(phrase, context);
  const mentions = classifyRun(words);
  const [mention] = mentions;
  if (mentions.length !== 1 || !mention) return mentions;
  if (mention.kind === 'person' && after === 'at')
    return [{ kind: 'organisation', name: mention.name }];
  // "in Des Moines": a place, unless a given name or a title opens it.
  if (
    PLACE_CONTEXT.has(after) &&
    (mention.kind === 'person' || mention.kind === 'surname') &&
    LATIN.test(phrase) &&
    !lexiconTags(words[0]!).some((tag) => NAME_TAGS.has(tag))
  )
    return [{ kind: 'place', name: phrase }];
  return mentions;
}
