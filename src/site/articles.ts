import { getCollection, type CollectionEntry } from 'astro:content';
import { entityIndex, type EntityArticles } from '../lib/entities/entity-index.ts';
import type { EntityKind, EntityRef } from '../lib/entities/types.ts';
import { compareChronological } from '../lib/timeline/chronology.ts';
import { periodCounts } from '../lib/timeline/group.ts';
import { indexByMonthDay, type MonthDayIndex } from '../lib/timeline/on-this-day.ts';
import {
  groupStories,
  storyPlaces,
  type StoryPlace,
  type StoryReports,
} from '../lib/stories/story-listing.ts';
import { articlePath } from '../lib/urls.ts';

type StoredArticle = CollectionEntry<'articles'>;

/** An article as pages show it: its entities by kind, slug and name, where the store has their ids. */
export type ArticleEntry = Omit<StoredArticle, 'data'> & {
  data: Omit<StoredArticle['data'], 'entities'> & { entities: EntityRef[] };
};

export interface Archive {
  /** Every article, oldest first. */
  articles: ArticleEntry[];
  /** Articles per year, month and day, keyed `YYYY`, `YYYY-MM` and `YYYY-MM-DD`. */
  counts: Map<string, number>;
  byId: Map<string, ArticleEntry>;
  /** People, places and organisations, each with its articles, oldest first. */
  entities: Record<EntityKind, EntityArticles<ArticleEntry>[]>;
  /** Articles by month and day across years, for "On this day". */
  byMonthDay: MonthDayIndex<ArticleEntry>;
  /** Stories with their reports, oldest first, the story with the latest report first. */
  stories: StoryReports<ArticleEntry>[];
  /** Each report's place in its story. */
  storyPlaces: Map<ArticleEntry, StoryPlace<ArticleEntry>>;
}

let archive: Promise<Archive> | undefined;

/** The whole archive, sorted and counted once per build however many routes ask. */
export function loadArchive(): Promise<Archive> {
  archive ??= Promise.all([getCollection('articles'), getCollection('entities')]).then(
    ([stored, entities]) => {
      const named = new Map(entities.map(({ id, data }) => [id, data]));
      const articles = stored
        .map((entry) => withEntities(entry, named))
        .toSorted((a, b) => compareChronological(a.data, b.data));
      const dateOf = (entry: ArticleEntry) => entry.data.date;
      const stories = groupStories(articles, (entry) => entry.data.story);
      return {
        stories,
        storyPlaces: storyPlaces(stories),
        articles,
        counts: periodCounts(articles.map(dateOf)),
        byMonthDay: indexByMonthDay(articles, dateOf),
        byId: new Map(articles.map((entry) => [entry.id, entry])),
        entities: entityIndex(articles, (entry) => entry.data.entities),
      };
    },
  );
  return archive;
}

/** The entry with each entity id replaced by the entity, one object per entity however many articles name it. */
function withEntities(entry: StoredArticle, named: ReadonlyMap<string, EntityRef>): ArticleEntry {
  const entities = entry.data.entities.map((id) => {
    const entity = named.get(id);
    if (entity === undefined)
      throw new Error(
        `${entry.id} names the entity ${id}, which the entities collection does not hold`,
      );
    return entity;
  });
  return { ...entry, data: { ...entry.data, entities } };
}

export function entryPath(entry: ArticleEntry): string {
  return articlePath(entry.data.date, entry.data.slug);
}

/** An article's related articles, most similar first. */
export function relatedEntries(archive: Archive, entry: ArticleEntry): ArticleEntry[] {
  return entry.data.related
    .map((id) => archive.byId.get(id))
    .filter((other) => other !== undefined);
}
