import type { FilterCounts } from '../search/search-filters.ts';
import type { ArchiveStories } from './archive-stories.ts';

/** The search filter that holds an article's story, by the story's name: `?story=` on the search page presets it. */
export const STORY_FILTER = 'story';

/**
 * Stories the search page lists as filters before any search: the largest.
 * Every story is a filter in the index, and a search's results list every
 * story they hold.
 */
const LISTED_STORIES = 100;

/** Report counts of the largest stories, for the search page's filter list. */
export function storyFilterCounts(
  { stories, byArticle }: ArchiveStories,
  limit = LISTED_STORIES,
): FilterCounts {
  const sizes = new Array<number>(stories.length).fill(0);
  for (const story of byArticle) if (story >= 0) sizes[story]!++;
  const listed = stories
    .map((story, index) => ({ name: story.name, size: sizes[index]! }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
  return listed.length > 0
    ? { [STORY_FILTER]: Object.fromEntries(listed.map(({ name, size }) => [name, size])) }
    : {};
}
