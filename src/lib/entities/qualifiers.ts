import { ALL_CAPITALS, lexiconTags } from './lexicon.ts';

/** A term as compromise's tagger gives it. */
export interface Term {
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
const ORGANISATION_QUALIFIER = new Set([...QUALIFIER].filter((tag) => tag !== 'Demonym'));
/** Tags of a title of office or a role: "President", "spokesman". */
const TITLE_TAGS = ['Actor', 'Honorific'];

/** Whether compromise's lexicon knows a word as one that qualifies a name: "Senator", "the". */
export function isQualifier(word: string): boolean {
  return lexiconTags(word).some((tag) => QUALIFIER.has(tag));
}

/** Whether compromise's lexicon knows a word as a title or a role: "President", "General". */
export function isTitle(word: string): boolean {
  return lexiconTags(word).some((tag) => TITLE_TAGS.includes(tag));
}

/** A name without the words before it that qualify it: "Senator", "the", "Ukrainian". */
export function withoutQualifiers(
  words: readonly string[],
  qualifiers: ReadonlySet<string> = QUALIFIER,
): readonly string[] {
  const start = words.findIndex(
    (word) => ALL_CAPITALS.test(word) || !lexiconTags(word).some((tag) => qualifiers.has(tag)),
  );
  return start === -1 ? [] : words.slice(start);
}

/** An organisation's name keeps the nation it belongs to: "American Farm Bureau Federation". */
export function organisationName(words: readonly string[]): readonly string[] {
  return withoutQualifiers(words, ORGANISATION_QUALIFIER);
}

/** Tagged terms without the qualifiers that open them. */
export function stripQualifiers(terms: readonly Term[]): Term[] {
  let start = 0;
  while (start < terms.length && terms[start]!.tags.some((tag) => QUALIFIER.has(tag))) start++;
  return terms.slice(start);
}
