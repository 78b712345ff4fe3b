import nlp from 'compromise';
import { isLegalForm } from '../entities/legal-forms.ts';
import { entitySlug, nameKey } from '../entities/name-key.ts';
import { KIND_ORDER } from '../entities/resolve-entities.ts';
import type { EntityKind } from '../entities/types.ts';
import { compareCodeUnits } from '../text.ts';

/** A term of a story's reports: a word, or a person, place or organisation by its name and kind. */
export interface StoryTerm {
  text: string;
  kind?: EntityKind | undefined;
}

/** Names of people, places and organisations a story's name gives after the main one and its word. */
const MORE_NAMES = 2;

/**
 * A story's name, from what its reports share rather than from one headline:
 * the person, place or organisation its reports name most, the word they
 * weigh most (a noun: a verb both reports use says little), then the next
 * names ("Hartwell Industries merger: Brandt Group, Victor Brandt"). Each
 * report is a list of term ids with weights. A name counts by the number of
 * reports naming it, a place after a person or organisation as often named,
 * since a story happens in a place but is about someone, then by its summed
 * weight; a word counts by its summed weight, and only if two reports have
 * it. Ties go to the name first in the archive's lists of entities (a
 * person, then a place, then an organisation, by name) and to the word that
 * sorts first, never to a term's number, which an article added to the
 * archive can shift. Words of a name the story gives are not repeated, nor
 * a firm's legal form shown.
 */
export function storyName(
  reports: readonly (readonly (readonly [term: number, weight: number])[])[],
  termOf: (term: number) => StoryTerm,
): string {
  const tally = new Map<number, { reports: number; weight: number }>();
  for (const report of reports) {
    for (const [term, weight] of report) {
      const counted = tally.get(term) ?? { reports: 0, weight: 0 };
      counted.reports++;
      counted.weight += weight;
      tally.set(term, counted);
    }
  }
  const shared = [...tally]
    .filter(([, { reports: count }]) => count > 1 || reports.length === 1)
    .map(([term, counted]) => ({ term, ...counted, ...termOf(term) }));
  const names = shared
    .filter(({ kind }) => kind !== undefined)
    .sort(
      (a, b) =>
        b.reports - a.reports ||
        Number(a.kind === 'place') - Number(b.kind === 'place') ||
        b.weight - a.weight ||
        KIND_ORDER[a.kind!] - KIND_ORDER[b.kind!] ||
        a.text.localeCompare(b.text, 'en'),
    )
    .slice(0, 1 + MORE_NAMES);
  const taken = new Set(
    [...tally.keys()].flatMap((term) => {
      const { text, kind } = termOf(term);
      return kind === undefined ? [] : nameKey(text).split(' ');
    }),
  );
  const word = shared
    .filter(
      ({ kind, text }) => kind === undefined && !taken.has(nameKey(text)) && !isLegalForm(text),
    )
    .sort((a, b) => b.weight - a.weight || compareCodeUnits(a.text, b.text))
    .find(({ text }) => readsAsNoun(text));
  const [main, ...others] = names.map(({ text }) => shortName(text));
  const head = [main, word?.text].filter((part) => part !== undefined).join(' ');
  return others.length > 0 ? `${head}: ${others.join(', ')}` : head;
}

/** Whether compromise's tagger reads each word as a noun after "the", kept: stories share their words. */
const NOUNS = new Map<string, boolean>();

/**
 * Whether a word can name what a story is about: "merger", "strike", "plan",
 * but not "stored" or "escorted", which reports share as often. Read after
 * "the", where compromise takes "plan" or "bid" as the noun it is there
 * rather than the verb it would guess for the word alone.
 */
function readsAsNoun(word: string): boolean {
  let noun = NOUNS.get(word);
  if (noun === undefined) {
    const terms = nlp(`the ${word}`).terms();
    // When the tagger cannot read "the" as a determiner before the word, the word is no noun ("the rejected").
    noun = terms.eq(0).has('#Determiner') && terms.eq(1).has('#Noun');
    NOUNS.set(word, noun);
  }
  return noun;
}

/** A firm's name without its legal form: "Hartwell Industries Inc" as "Hartwell Industries". */
function shortName(name: string): string {
  const words = name.split(' ');
  return words.length > 1 && isLegalForm(words.at(-1)!.replace(/\.$/u, ''))
    ? words.slice(0, -1).join(' ').replace(/,$/u, '')
    : name;
}

/**
 * A URL segment for each story, from its name, in the order given (the
 * order stories began): a name already taken gets the next free number
 * after it, so the same archive always gives the same slugs. `page` is
 * taken from the start: `/stories/page/2/` is the index's second page.
 */
export function storySlugs(names: readonly string[]): string[] {
  const taken = new Set<string>(['page']);
  return names.map((name) => {
    const base = entitySlug(name) || 'story';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
