import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../../../../src/lib/story/story-index.ts';
import { parseSeed } from '../../../../src/lib/seed/parse-seed.ts';
import { SEED_FILES, seedText } from '../../seeds.ts';

/** A StoryIndex given the two seeds, oldest first. */
function seedIndex(): StoryIndex {
  const story = new StoryIndex();
  for (const file of [SEED_FILES.nov19, SEED_FILES.nov22]) {
    const parsed = parseSeed(seedText(file), file);
    if (!parsed.ok) throw new Error(file);
    story.add(story.analyse(parsed.article.blocks), parsed.article.date);
  }
  return story;
}

describe('StoryIndex', () => {
  it('links the two seed reports: each related to the other, sharing the people of the story', async () => {
    const { related, entities, entitiesByArticle, ms } = await seedIndex().links();
    expect(related).toEqual([[1], [0]]);
    const people = (article: number) =>
      entitiesByArticle[article]!.filter((ref) => ref.kind === 'person').map((ref) => ref.name);
    for (const name of [
      'Steve Witkoff',
      'Kirill Dmitriev',
      'Rustem Umerov',
      'Volodymyr Zelensky',
    ]) {
      expect(people(0), name).toContain(name);
      expect(people(1), name).toContain(name);
    }
    expect(entities.length).toBeGreaterThan(20);
    expect(ms.related).toBeGreaterThan(0);
    expect(ms.entities).toBeGreaterThan(0);
  });

  it('puts the two seed reports in one story, named by what they share', async () => {
    const { stories } = await seedIndex().links();
    expect(stories.byArticle).toEqual([0, 0]);
    expect(stories.stories).toHaveLength(1);
    expect(stories.stories[0]!.name).toMatch(/Dmitriev|Witkoff|Umerov|Trump/u);
  });

  it('gives an empty archive no links', async () => {
    expect(await new StoryIndex().links()).toMatchObject({
      related: [],
      entities: [],
      entitiesByArticle: [],
      stories: { stories: [], byArticle: [] },
    });
  });
});
