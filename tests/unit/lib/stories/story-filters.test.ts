import { describe, expect, it } from 'vitest';
import { storyFilterCounts } from '../../../../src/lib/stories/story-filters.ts';

describe('storyFilterCounts', () => {
  const stories = {
    stories: [
      { slug: 'a', name: 'Brazil debt' },
      { slug: 'b', name: 'Paranagua dockers' },
      { slug: 'c', name: 'Ashford Chemical explosion' },
    ],
    byArticle: [0, -1, 1, 0, 2, 1, 0, 2],
  };

  it('counts the reports of the largest stories, the largest first', () => {
    expect(storyFilterCounts(stories, 2)).toEqual({
      story: { 'Brazil debt': 3, 'Ashford Chemical explosion': 2 },
    });
  });

  it('lists no story filter for an archive without stories', () => {
    expect(storyFilterCounts({ stories: [], byArticle: [-1] })).toEqual({});
  });
});
