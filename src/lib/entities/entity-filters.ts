import type { FilterCounts } from '../search/search-filters.ts';
import { byMostNamed } from './entity-index.ts';
import type { Entity } from './resolve-entities.ts';
import { ENTITY_KINDS, ENTITY_SECTION, type EntityRef } from './types.ts';

/**
 * How many entities of each kind the search page offers as filters before
 * any search: the most named. All of them are filters in the index, and a
 * search's results list every one they hold; listing every name of a large
 * archive up front would make the first search download them all.
 */
const LISTED_ENTITIES = 100;

/** The search filters of an article's entities: `{ people: ['Rustem Umerov'] }`. */
export function entityFilters(refs: readonly EntityRef[]): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const { kind, name } of refs) (filters[ENTITY_SECTION[kind]] ??= []).push(name);
  return filters;
}

/** Article counts of the most named entities of each kind, for the search page's filter list. */
export function entityFilterCounts(
  entities: readonly Entity[],
  limit = LISTED_ENTITIES,
): FilterCounts {
  const counts: FilterCounts = {};
  const ranked = entities.toSorted(byMostNamed);
  for (const kind of ENTITY_KINDS) {
    const listed = ranked.filter((entity) => entity.kind === kind).slice(0, limit);
    if (listed.length > 0)
      counts[ENTITY_SECTION[kind]] = Object.fromEntries(
        listed.map(({ name, articles }) => [name, articles.length]),
      );
  }
  return counts;
}
