import { ENTITY_KINDS, entityId, type EntityKind, type EntityRef } from './types.ts';

export interface EntityArticles<T> extends EntityRef {
  /** The articles naming it, in the order given (chronological when the input is). */
  articles: T[];
}

/** The most named first, then by name: the order of index pages and of the search page's listed filters. */
export function byMostNamed(
  a: { name: string; articles: readonly unknown[] },
  b: { name: string; articles: readonly unknown[] },
): number {
  return b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en');
}

/**
 * Every entity with the articles that name it, by kind, the most named first
 * (then by name): the order of an index page of people or places.
 */
export function entityIndex<T>(
  items: readonly T[],
  entitiesOf: (item: T) => readonly EntityRef[],
): Record<EntityKind, EntityArticles<T>[]> {
  const byKey = new Map<string, EntityArticles<T>>();
  for (const item of items) {
    for (const ref of entitiesOf(item)) {
      const key = entityId(ref);
      const entity = byKey.get(key) ?? { ...ref, articles: [] };
      entity.articles.push(item);
      byKey.set(key, entity);
    }
  }
  const index = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, [] as EntityArticles<T>[]]),
  ) as Record<EntityKind, EntityArticles<T>[]>;
  for (const entity of byKey.values()) index[entity.kind].push(entity);
  for (const kind of ENTITY_KINDS) index[kind].sort(byMostNamed);
  return index;
}
