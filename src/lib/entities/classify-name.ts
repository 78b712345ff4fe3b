import nlp from 'compromise';
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
 * Decides which capitalised runs are names of people, places and
 * organisations, with compromise's tagger and lexicon. Each distinct run is
 * tagged once and remembered: tagging whole articles is far too slow for a
 * large archive, while an archive repeats its names.
 */
export class NameClassifier {
  readonly #seen = new Map<string, Mention | null>();

  classify({ phrase, initial }: NameRun): Mention | null {
    const key = `${initial ? '^' : ''}${phrase}`;
    let mention = this.#seen.get(key);
    if (mention === undefined) {
      mention = initial ? classifyOpeningWord(phrase) : classifyRun(phrase);
      this.#seen.set(key, mention);
    }
    return mention;
  }
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } })
  .one.lexicon;
const LATIN = /^[\p{Script=Latin}\s'’-]+$/u;
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];

/**
 * A sentence's first word, capitalised whatever it is, by compromise's
 * lexicon alone: a known place, organisation or surname is one; an unknown
 * word may be a surname; any other known word ("However", "May") is none.
 * Tagging is skipped because the capital, its main clue, says nothing here.
 */
function classifyOpeningWord(word: string): Mention | null {
  const tags = [LEXICON[word.toLowerCase()] ?? []].flat();
  if (tags.length === 0) return { kind: 'surname', name: word };
  if (tags.includes('LastName')) return { kind: 'person', name: word };
  if (tags.some((tag) => PLACE_TAGS.includes(tag))) return { kind: 'place', name: word };
  if (tags.includes('Organization')) return { kind: 'organisation', name: word };
  return null;
}

function classifyRun(phrase: string): Mention | null {
  // After "and", a word's capital keeps its meaning, as it does mid-sentence.
  const doc = nlp(`and ${phrase}`);
  const person = namePart(
    written(doc.people()).map(({ terms }) => ({ terms: beforePlace(terms) })),
  );
  // A given name alone ("Andrea said") does not say who.
  if (person && !(person.terms.length === 1 && isGivenNameOnly(person.terms[0]!)))
    return { kind: 'person', name: person.name };
  const organisation = namePart(written(doc.organizations()));
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

function stripQualifiers(terms: readonly Term[]): Term[] {
  let start = 0;
  while (start < terms.length && terms[start]!.tags.some((tag) => QUALIFIER.has(tag))) start++;
  return terms.slice(start);
}
