import type { StoryRef } from './archive-stories.ts';

/** A story with its reports, oldest first. */
export interface StoryReports<T> extends StoryRef {
  reports: T[];
}

/** Where a report stands in its story. */
export interface StoryPlace<T> {
  /**
   * Its story and how many reports it has, not the reports themselves: a
   * report's page shows no more, so an edit of another report in the story
   * does not change it.
   */
  story: StoryRef & { reports: number };
  /** 1-based: "report 3 of 12". */
  number: number;
  previous: T | undefined;
  next: T | undefined;
}

/**
 * The stories of chronologically sorted items, each with its reports oldest
 * first, the story with the latest report first: the order
 * of the stories' index. Items outside any story are left out.
 */
export function groupStories<T>(
  sorted: readonly T[],
  storyOf: (item: T) => StoryRef | undefined,
): StoryReports<T>[] {
  const bySlug = new Map<string, StoryReports<T>>();
  const latest = new Map<string, number>();
  sorted.forEach((item, index) => {
    const ref = storyOf(item);
    if (!ref) return;
    const story = bySlug.get(ref.slug) ?? { ...ref, reports: [] };
    story.reports.push(item);
    bySlug.set(ref.slug, story);
    latest.set(ref.slug, index);
  });
  return [...bySlug.values()].sort((a, b) => latest.get(b.slug)! - latest.get(a.slug)!);
}

/** Each report's place in its story, by the report. */
export function storyPlaces<T>(stories: readonly StoryReports<T>[]): Map<T, StoryPlace<T>> {
  const places = new Map<T, StoryPlace<T>>();
  for (const { slug, name, reports } of stories) {
    const story = { slug, name, reports: reports.length };
    reports.forEach((report, index) =>
      places.set(report, {
        story,
        number: index + 1,
        previous: reports[index - 1],
        next: reports[index + 1],
      }),
    );
  }
  return places;
}
