import { countryName, isDemonym } from './gazetteer.ts';
import { isKnownCity } from './cities.ts';
import { classifyRun } from './classify-run.ts';
import {
  ALL_CAPITALS,
  COMMON_WORDS,
  isCommonWord,
  LATIN,
  lexiconTags,
  NAME_TAGS,
  NOUN_TAGS,
  PLACE_TAGS,
} from './lexicon.ts';
import { classifyAcronym } from './organisation-names.ts';
import { isPlaceWord } from './place-names.ts';
import { isQualifier } from './qualifiers.ts';
import type { Mention } from './types.ts';

/** Where a run stands, which says what a capital cannot. */
export interface Context {
  /** The run opens a sentence. */
  initial: boolean;
  /** The run stands in a line of capitalised words. */
  title: boolean;
  /** The word before the run, if it is one of CONTEXT_WORDS. */
  after: string;
}

/** Words before a run that say what it names: "the" Senate, "at" Merrill Lynch, "in" Bonn. */
export const PLACE_CONTEXT = new Set(['in', 'near']);
const INSTITUTION_CONTEXT = new Set(['the', 'from', 'by', 'to', 'with', 'in', 'at', 'of', 'for']);
export const CONTEXT_WORDS = new Set([...PLACE_CONTEXT, ...INSTITUTION_CONTEXT]);

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

/**
 * One capitalised word inside a sentence. Its context decides what compromise
 * cannot: nobody is "the" someone, so "the Senate" or "the Bundesbank" is an
 * institution ("the Gulf" a place); a common noun capitalised after a
 * preposition ("from Congress") is one too; and a word no list knows after
 * "in" ("in Bonn") is a place.
 */
export function classifyWord(word: string, { initial, title, after }: Context): Mention[] {
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
  if (after === 'the' && isPlaceWord(word)) return [{ kind: 'place', name: word }];
  if (COMMON_WORDS.has(lower)) {
    const noun = tags.every((tag) => NOUN_TAGS.has(tag));
    return INSTITUTION_CONTEXT.has(after) && noun ? [{ kind: 'organisation', name: word }] : [];
  }
  if (tags.length === 0) {
    // "to Tokyo and Bonn", "the Bonn government": a city is a place wherever it stands.
    if (isKnownCity(word)) return [{ kind: 'place', name: word }];
    if (after === 'the' || after === 'at') return [{ kind: 'organisation', name: word }];
    if (PLACE_CONTEXT.has(after)) return [{ kind: 'place', name: word }];
  }
  return classifyRun([word]);
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
  if (isQualifier(word) || tags.some((tag) => NOT_SURNAME.has(tag))) return null;
  return { kind: 'surname', name: word, here: true };
}
