import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../../../../src/lib/story/story-index.ts';
import {
  timedArchiveStories,
  type StoryInput,
} from '../../../../src/lib/stories/archive-stories.ts';
import {
  archiveStoriesApart,
  packStoryInput,
  unpackStoryInput,
} from '../../../../src/lib/stories/stories-thread.ts';
import { loadWireFixture } from '../../wire/labels.ts';

/** What the wire fixture's StoryIndex gives its stories to find, and the stories it finds in the calling thread. */
async function wireStoryInput() {
  const story = new StoryIndex();
  for (const { article } of loadWireFixture().articles)
    story.add(story.analyse(article.blocks), article.date);
  let given: StoryInput | undefined;
  const { stories } = await story.links((input) => {
    given = input;
    return Promise.resolve(timedArchiveStories(input));
  });
  return { input: given!, stories };
}

describe('the stories’ thread', () => {
  it('packs the input into flat arrays and unpacks it as it was', async () => {
    const { input } = await wireStoryInput();
    const packed = packStoryInput(input);
    expect(packed.terms.length).toBe(input.vectors.terms.reduce((sum, row) => sum + row.length, 0));
    // The entities go as the stories read them: their names and kinds.
    const entities = input.entities.map(({ name, kind }) => ({ name, kind }));
    expect(unpackStoryInput(packed)).toEqual({ ...input, entities });
  });

  it('finds on a worker thread the stories the calling thread finds', async () => {
    const { input, stories } = await wireStoryInput();
    expect(stories.stories.length).toBeGreaterThan(3);
    const apart = await archiveStoriesApart(input);
    expect(apart.stories).toEqual(stories);
    expect(apart.ms).toBeGreaterThan(0);
  });

  it('rejects when the worker fails, naming no stories', async () => {
    // Two reports alike that name a person the entity list does not hold: naming their story fails.
    const row = () => ({ terms: Uint32Array.of(0, 1), weights: Float32Array.of(1, 1) });
    const [a, b] = [row(), row()];
    const input: StoryInput = {
      vectors: {
        terms: [a.terms, b.terms],
        weights: [a.weights, b.weights],
        frequency: Uint32Array.of(2, 2),
        organisation: new Uint8Array(2),
        firstName: 1,
        words: ['strike'],
      },
      days: [0, 1],
      routine: [false, false],
      entities: [],
    };
    expect(() => timedArchiveStories(input)).toThrow(TypeError);
    await expect(archiveStoriesApart(input)).rejects.toThrow(TypeError);
  });
});
