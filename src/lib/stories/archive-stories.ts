import type { EntityKind } from '../entities/types.ts';
import type { TermVectors } from '../related/similar-articles.ts';
import { StoryFinder } from './find-stories.ts';
import { namingTerms } from './naming-terms.ts';
import { storyName, storySlugs } from './story-names.ts';

/** A story as its reports link to it. */
export interface StoryRef {
  slug: string;
  name: string;
}

export interface ArchiveStories {
  /** Every story, in the order they began. */
  stories: StoryRef[];
  /** For each article, in the order given, its story's position in `stories`, or -1 outside any story. */
  byArticle: number[];
}

export interface StoryInput {
  /** Each article's words and names, as related articles are found with. */
  vectors: TermVectors;
  /** Each article's date as a number of days. */
  days: readonly number[];
  /** Whether each article is a table of figures or another routine item. */
  routine: readonly boolean[];
  /** Each person, place and organisation, by its number in the archive. */
  entities: readonly { name: string; kind: EntityKind }[];
}

/**
 * The archive's stories: the articles taken in date order (then in the
 * order given, the order of their files), each joining a story or starting
 * one (StoryFinder), then each story named by what its reports share and
 * given a slug. The same archive gives the same stories, names and slugs.
 */
function archiveStories({ vectors, days, routine, entities }: StoryInput): ArchiveStories {
  const { terms, weights, firstName, words } = vectors;
  const order = days.map((_, index) => index).sort((a, b) => days[a]! - days[b]! || a - b);
  const finder = new StoryFinder({ firstName });
  for (const article of order) {
    finder.add({
      day: days[article]!,
      routine: routine[article]!,
      terms: terms[article]!,
      weights: weights[article]!,
    });
  }
  const byArticle = new Array<number>(days.length).fill(-1);
  const reports: number[][] = [];
  finder.stories().forEach((story, position) => {
    const article = order[position]!;
    byArticle[article] = story;
    if (story >= 0) (reports[story] ??= []).push(article);
  });
  const termOf = (term: number) =>
    term >= firstName
      ? { text: entities[term - firstName]!.name, kind: entities[term - firstName]!.kind }
      : { text: words[term]! };
  const names = uniqueNames(
    namingTerms({ vectors, days, order }, reports).map((story) => storyName(story, termOf)),
  );
  const slugs = storySlugs(names);
  return { stories: names.map((name, story) => ({ name, slug: slugs[story]! })), byArticle };
}

/** The archive's stories, and the milliseconds it took to find them where they were found. */
export interface TimedStories {
  stories: ArchiveStories;
  ms: number;
}

export function timedArchiveStories(input: StoryInput): TimedStories {
  const start = performance.now();
  const stories = archiveStories(input);
  return { stories, ms: performance.now() - start };
}

/**
 * The names, a repeated one numbered after the first ("Skyline Airways
 * crash (2)"): a story's name is its search filter, which must find it alone.
 */
function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
    taken.add(unique);
    return unique;
  });
}
