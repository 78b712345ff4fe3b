import nlp from 'compromise';
import { PLACE_TAGS } from './lexicon.ts';
import { isWrittenName } from './person-names.ts';
import { stripQualifiers, type Term } from './qualifiers.ts';
import type { Mention } from './types.ts';

/**
 * The tags compromise gives a capitalised word it does not know. Any other
 * tag makes it a word it knows (a common word, a date, a number), which is
 * no one's name whatever its capital.
 */
const UNKNOWN = new Set(['ProperNoun', 'Noun', 'Singular']);

/**
 * What compromise's tagger makes of each phrase, kept: a phrase is met in
 * several contexts ("the", "in", a sentence's start), each classified on its
 * own, while the tagger, the costly part, reads the phrase the same in all.
 */
const TAGGED = new Map<string, Mention | null>();

/** The name compromise's tagger finds in a phrase read inside a sentence, if any. */
export function classifyByTagger(phrase: string): Mention | null {
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
