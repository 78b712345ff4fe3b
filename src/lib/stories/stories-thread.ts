import { Worker } from 'node:worker_threads';
import type { EntityKind } from '../entities/types.ts';
import type { StoryInput, TimedStories } from './archive-stories.ts';

/**
 * A `StoryInput` in a few flat arrays, which a worker receives without
 * copying: the articles' term vectors as one array each of terms and
 * weights, cut at `starts`, where the input has two small arrays an article.
 */
export interface PackedStoryInput {
  terms: Uint32Array<ArrayBuffer>;
  weights: Float32Array<ArrayBuffer>;
  /** Where each article's terms begin, and after the last, where they end. */
  starts: Uint32Array<ArrayBuffer>;
  frequency: Uint32Array<ArrayBuffer>;
  organisation: Uint8Array<ArrayBuffer>;
  firstName: number;
  words: readonly string[];
  days: Float64Array<ArrayBuffer>;
  routine: Uint8Array<ArrayBuffer>;
  entities: readonly { name: string; kind: EntityKind }[];
}

export function packStoryInput({ vectors, days, routine, entities }: StoryInput): PackedStoryInput {
  const articles = vectors.terms.length;
  const starts = new Uint32Array(articles + 1);
  for (let article = 0; article < articles; article++)
    starts[article + 1] = starts[article]! + vectors.terms[article]!.length;
  const terms = new Uint32Array(starts[articles]!);
  const weights = new Float32Array(terms.length);
  for (let article = 0; article < articles; article++) {
    terms.set(vectors.terms[article]!, starts[article]);
    weights.set(vectors.weights[article]!, starts[article]);
  }
  return {
    terms,
    weights,
    starts,
    frequency: vectors.frequency.slice(),
    organisation: vectors.organisation.slice(),
    firstName: vectors.firstName,
    words: vectors.words,
    days: Float64Array.from(days),
    routine: Uint8Array.from(routine, Number),
    entities: entities.map(({ name, kind }) => ({ name, kind })),
  };
}

/** The input again, each article's vectors a view into the packed arrays. */
export function unpackStoryInput(packed: PackedStoryInput): StoryInput {
  const { starts } = packed;
  const articles = starts.length - 1;
  const terms: Uint32Array[] = [];
  const weights: Float32Array[] = [];
  for (let article = 0; article < articles; article++) {
    terms.push(packed.terms.subarray(starts[article], starts[article + 1]));
    weights.push(packed.weights.subarray(starts[article], starts[article + 1]));
  }
  return {
    vectors: {
      terms,
      weights,
      frequency: packed.frequency,
      organisation: packed.organisation,
      firstName: packed.firstName,
      words: packed.words,
    },
    days: [...packed.days],
    routine: Array.from(packed.routine, Boolean),
    entities: packed.entities,
  };
}

/**
 * The archive's stories (`archiveStories`) and the time they took, found on a worker thread
 * (stories-worker.ts): one pass over the archive in date order that cannot
 * be split, so it runs beside the related articles, which the build's main
 * thread finds meanwhile, on the machine's other core.
 */
export function archiveStoriesApart(input: StoryInput): Promise<TimedStories> {
  const packed = packStoryInput(input);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./stories-worker.ts', import.meta.url), {
      workerData: packed,
      transferList: [
        packed.terms.buffer,
        packed.weights.buffer,
        packed.starts.buffer,
        packed.frequency.buffer,
        packed.organisation.buffer,
        packed.days.buffer,
        packed.routine.buffer,
      ],
    });
    let found: TimedStories | undefined;
    worker.once('message', (stories: TimedStories) => (found = stories));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (found) resolve(found);
      else reject(new Error(`the stories' thread stopped without its stories (exit code ${code})`));
    });
  });
}
