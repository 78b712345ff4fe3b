import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../../src/lib/entities/resolve-entities.ts';
import type { Mention } from '../../../../src/lib/entities/types.ts';

const person = (name: string): Mention => ({ kind: 'person', name });
const surname = (name: string): Mention => ({ kind: 'surname', name });

describe('resolveEntities', () => {
  it('makes Zelensky, Zelenskyy and Volodymyr Zelensky one person, named in full', () => {
    const { entities, byArticle } = resolveEntities([
      [surname('Zelensky')],
      [person('Volodymyr Zelensky'), surname('Zelenskyy')],
      [surname('Zelenskyy')],
    ]);
    expect(entities).toEqual([
      {
        kind: 'person',
        name: 'Volodymyr Zelensky',
        slug: 'volodymyr-zelensky',
        articles: [0, 1, 2],
      },
    ]);
    expect(byArticle.map((refs) => refs.map((ref) => ref.slug))).toEqual([
      ['volodymyr-zelensky'],
      ['volodymyr-zelensky'],
      ['volodymyr-zelensky'],
    ]);
  });

  it('makes Trump and Donald Trump one person', () => {
    const { entities } = resolveEntities([[person('Donald Trump')], [surname('Trump')]]);
    expect(entities.map(({ name, articles }) => ({ name, articles }))).toEqual([
      { name: 'Donald Trump', articles: [0, 1] },
    ]);
  });

  it('gives a surname to the person the same article names in full, before the archive', () => {
    const { entities } = resolveEntities([
      [person('Ivanka Trump')],
      [person('Donald Trump'), surname('Trump')],
      [surname('Trump')],
    ]);
    const articlesOf = (name: string) => entities.find((entity) => entity.name === name)?.articles;
    expect(articlesOf('Donald Trump')).toEqual([1]);
    expect(articlesOf('Ivanka Trump')).toEqual([0]);
    // Article 2 says only "Trump", and the archive knows two: it is left out.
    expect(entities.map((entity) => entity.name).sort()).toEqual(['Donald Trump', 'Ivanka Trump']);
  });

  it('drops a lone capitalised word that is nobody’s surname, keeps a known surname alone', () => {
    const { entities } = resolveEntities([[surname('Axios'), person('Putin')]]);
    expect(entities.map((entity) => entity.name)).toEqual(['Putin']);
  });

  it('lists an article once per entity, and entities by kind then name', () => {
    const { entities, byArticle } = resolveEntities([
      [
        { kind: 'place', name: 'Kyiv' },
        person('Rustem Umerov'),
        { kind: 'organisation', name: 'NATO' },
        { kind: 'place', name: 'Kyiv' },
        surname('Umerov'),
      ],
    ]);
    expect(entities.map((entity) => [entity.kind, entity.name, entity.articles])).toEqual([
      ['person', 'Rustem Umerov', [0]],
      ['place', 'Kyiv', [0]],
      ['organisation', 'NATO', [0]],
    ]);
    expect(byArticle[0]!.map((ref) => ref.name)).toEqual(['Rustem Umerov', 'Kyiv', 'NATO']);
  });

  it('gives distinct slugs to distinct names that slug alike', () => {
    const { entities } = resolveEntities([
      [
        { kind: 'place', name: 'São Paulo' },
        { kind: 'place', name: 'Sao-Paulo!' },
        { kind: 'place', name: 'Sao Paolo' },
      ],
    ]);
    expect(new Set(entities.map((entity) => entity.slug)).size).toBe(entities.length);
  });

  it('files a common noun opening a sentence as the organisation the archive names with it', () => {
    const opening = (name: string): Mention => ({ kind: 'surname', name, here: true });
    const { entities } = resolveEntities([
      [opening('Congress')],
      [{ kind: 'organisation', name: 'Congress' }],
      [opening('Price')],
    ]);
    expect(entities.map(({ kind, name, articles }) => ({ kind, name, articles }))).toEqual([
      { kind: 'organisation', name: 'Congress', articles: [0, 1] },
    ]);
  });
});
