import { describe, expect, it } from 'vitest';
import { entityFilterCounts, entityFilters } from '../../../../src/lib/entities/entity-filters.ts';
import { entityIndex } from '../../../../src/lib/entities/entity-index.ts';
import type { EntityRef } from '../../../../src/lib/entities/types.ts';

const ref = (kind: EntityRef['kind'], name: string): EntityRef => ({
  kind,
  name,
  slug: name.toLowerCase(),
});

describe('entityFilters', () => {
  it('groups an article’s entities by filter name', () => {
    expect(entityFilters([ref('person', 'A'), ref('place', 'B'), ref('person', 'C')])).toEqual({
      people: ['A', 'C'],
      places: ['B'],
    });
  });
});

describe('entityFilterCounts', () => {
  it('lists the most named entities of each kind, up to the limit', () => {
    const entities = [
      { ...ref('person', 'Rare'), articles: [0] },
      { ...ref('person', 'Common'), articles: [0, 1, 2] },
      { ...ref('person', 'Middle'), articles: [1, 2] },
      { ...ref('place', 'Kyiv'), articles: [1] },
    ];
    expect(entityFilterCounts(entities, 2)).toEqual({
      people: { Common: 3, Middle: 2 },
      places: { Kyiv: 1 },
    });
  });
});

describe('entityIndex', () => {
  it('collects each entity’s articles in input order, the most named entity first', () => {
    const articles = [
      { id: 'a', entities: [ref('person', 'X')] },
      { id: 'b', entities: [ref('person', 'Y'), ref('person', 'X')] },
      { id: 'c', entities: [ref('place', 'Z')] },
    ];
    const index = entityIndex(articles, (article) => article.entities);
    expect(
      index.person.map((entity) => [entity.name, entity.articles.map((article) => article.id)]),
    ).toEqual([
      ['X', ['a', 'b']],
      ['Y', ['b']],
    ]);
    expect(index.place.map((entity) => entity.name)).toEqual(['Z']);
    expect(index.organisation).toEqual([]);
  });
});
