import { describe, expect, it } from 'vitest';
import { groupStories, storyPlaces } from '../../../../src/lib/stories/story-listing.ts';

interface Item {
  id: string;
  story?: { slug: string; name: string };
}

const takeover = { slug: 'takeover', name: 'Hartwell takeover' };
const strike = { slug: 'strike', name: 'Hartwell strike' };
// Oldest first.
const items: Item[] = [
  { id: 'a', story: takeover },
  { id: 'b', story: strike },
  { id: 'c' },
  { id: 'd', story: takeover },
  { id: 'e', story: strike },
  { id: 'f', story: takeover },
  { id: 'g', story: strike },
];

describe('groupStories', () => {
  it('lists each story with its reports oldest first, the story with the latest report first', () => {
    const stories = groupStories(items, (item) => item.story);
    expect(stories.map(({ slug, reports }) => [slug, reports.map(({ id }) => id)])).toEqual([
      ['strike', ['b', 'e', 'g']],
      ['takeover', ['a', 'd', 'f']],
    ]);
  });
});

describe('storyPlaces', () => {
  it('gives each report its number in its story and the reports before and after it', () => {
    const places = storyPlaces(groupStories(items, (item) => item.story));
    const place = places.get(items[3]!)!;
    expect(place.story).toEqual({ ...takeover, reports: 3 });
    expect(place.number).toBe(2);
    expect([place.previous?.id, place.next?.id]).toEqual(['a', 'f']);
    expect(places.get(items[0]!)!.previous).toBeUndefined();
    expect(places.has(items[2]!)).toBe(false);
  });
});
