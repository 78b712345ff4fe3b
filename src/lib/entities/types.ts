export type EntityKind = 'person' | 'place' | 'organisation';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organisation'];

/**
 * A name as one article writes it, before the archive's names are merged.
 * `surname` is a lone proper noun that is a person's only if the archive also
 * names someone in full with it ("Umerov" after "Rustem Umerov").
 */
export interface Mention {
  kind: EntityKind | 'surname';
  name: string;
  /**
   * A surname that is also a common word opening a sentence ("Dole said",
   * "Price rose"): it is a person's only if the same article names them in full.
   */
  here?: true;
}

/** An entity as an article links to it. */
export interface EntityRef {
  kind: EntityKind;
  slug: string;
  name: string;
}

/** An entity's id in the `entities` collection, by which articles name it: `person/jonas-weber`. */
export function entityId({ kind, slug }: Pick<EntityRef, 'kind' | 'slug'>): string {
  return `${kind}/${slug}`;
}

/** Each kind's name in URLs and as a search filter: `/people/<slug>/`. */
export const ENTITY_SECTION = {
  person: 'people',
  place: 'places',
  organisation: 'organisations',
} as const satisfies Record<EntityKind, string>;

/** Each kind's heading: the title of its index page. */
export const ENTITY_TITLE = {
  person: 'People',
  place: 'Places',
  organisation: 'Organisations',
} as const satisfies Record<EntityKind, string>;
