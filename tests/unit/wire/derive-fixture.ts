import type { Entity } from '../../../src/lib/entities/resolve-entities.ts';
import type { EntityKind, EntityRef } from '../../../src/lib/entities/types.ts';
import { StoryIndex } from '../../../src/lib/story/story-index.ts';
import {
  loadWireFixture,
  type LabelledKind,
  type WireArticle,
  type WireFixture,
} from './labels.ts';

export interface DerivedArticle extends WireArticle {
  /** The texts of the blocks the parser made headings. */
  headings: string[];
  /** The entities the archive gives this article. */
  entities: EntityRef[];
  /** Positions in `articles` of its related articles, most similar first. */
  related: number[];
  /** Its story's slug, if it is in one. */
  story: string | undefined;
}

export interface DerivedFixture extends Omit<WireFixture, 'articles'> {
  articles: DerivedArticle[];
  /** Every entity of the archive. */
  entities: Entity[];
}

export const LABELS_OF_KIND = {
  person: 'people',
  place: 'places',
  organisation: 'organisations',
} as const satisfies Record<EntityKind, LabelledKind>;

let derived: Promise<DerivedFixture> | undefined;

/**
 * The fixture as the site derives it: headline and summary from the parser
 * (readArchive's parse), headings from its blocks, and related articles and
 * entities from a StoryIndex fed every body in the order the loader feeds
 * it, since both are decided over the whole archive. Computed once and
 * shared by the test files, which run in one worker.
 */
export function deriveFixture(): Promise<DerivedFixture> {
  derived ??= derive();
  return derived;
}

async function derive(): Promise<DerivedFixture> {
  const fixture = loadWireFixture();
  const story = new StoryIndex();
  for (const { article } of fixture.articles)
    story.add(story.analyse(article.blocks), article.date);
  const { related, entities, entitiesByArticle, stories } = await story.links();
  return {
    ...fixture,
    entities,
    articles: fixture.articles.map((wire, index) => ({
      ...wire,
      headings: wire.article.blocks
        .filter((block) => block.kind === 'heading')
        .map((block) => block.text),
      entities: entitiesByArticle[index]!,
      related: related[index]!,
      story: stories.stories[stories.byArticle[index]!]?.slug,
    })),
  };
}

/** A share as a percentage for a report: "12.5% (2 of 16)". */
export function share(part: number, whole: number): string {
  const percent = whole === 0 ? 0 : (100 * part) / whole;
  return `${percent.toFixed(1)}% (${part} of ${whole})`;
}
