import { entitySlug, nameKey as foldName, surnameOf } from './name-key.ts';
import type { EntityKind, EntityRef, Mention } from './types.ts';

export interface Entity extends EntityRef {
  /** Positions of the articles that name it, in the order given. */
  articles: number[];
}

export interface ResolvedEntities {
  /** Every entity, by kind and then by name. */
  entities: Entity[];
  /** The entities each article names, in the order of `entities`. */
  byArticle: EntityRef[][];
}

/**
 * Merges the names found in each article into the archive's entities, so one
 * person, place or organisation has one page: names are compared by key
 * (nameKey), and a lone surname or a person known only by surname joins the
 * one person named in full with it, in the same article first, else in the
 * archive. A surname that fits nobody, or several people, is dropped:
 * precision matters more than recall.
 */
export function resolveEntities(
  mentionsByArticle: readonly (readonly Mention[])[],
): ResolvedEntities {
  // An archive repeats its names: each is folded once.
  const keys = new Map<string, string>();
  const nameKey = (name: string) => keys.get(name) ?? keys.set(name, foldName(name)).get(name)!;
  const surnameKey = (name: string) => surnameOf(nameKey(name));
  const fullNamesBySurname = new Map<string, Set<string>>();
  for (const mentions of mentionsByArticle) {
    for (const { kind, name } of mentions) {
      if (kind === 'person' && name.includes(' '))
        addTo(fullNamesBySurname, surnameKey(name), nameKey(name));
    }
  }

  const found = new Map<
    string,
    { kind: EntityKind; key: string; forms: Map<string, number>; articles: number[] }
  >();
  const idsByArticle = mentionsByArticle.map((mentions, position) => {
    const local = new Map<string, Set<string>>();
    for (const { kind, name } of mentions) {
      if (kind === 'person' && name.includes(' ')) addTo(local, surnameKey(name), nameKey(name));
    }
    const ids = new Set<string>();
    for (const { kind, name } of mentions) {
      const resolved = resolve(kind, nameKey(name), local, fullNamesBySurname);
      if (!resolved) continue;
      const id = `${resolved.kind}\0${resolved.key}`;
      const entity = found.get(id) ?? {
        ...resolved,
        forms: new Map<string, number>(),
        articles: [] as number[],
      };
      found.set(id, entity);
      // The full name is the one to show: a lone surname counts towards none.
      if (nameKey(name) === resolved.key) entity.forms.set(name, (entity.forms.get(name) ?? 0) + 1);
      if (!ids.has(id)) entity.articles.push(position);
      ids.add(id);
    }
    return ids;
  });

  const slugs = new Set<string>();
  const byId = new Map<string, Entity>();
  const entities = [...found.entries()]
    .map(([id, { kind, forms, articles }]) => {
      const name = preferredForm(forms);
      const entity: Entity = {
        kind,
        name,
        slug: uniqueSlug(`${kind}/${entitySlug(name) || 'name'}`, slugs).slice(kind.length + 1),
        articles,
      };
      byId.set(id, entity);
      return entity;
    })
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.name.localeCompare(b.name, 'en') ||
        (a.slug < b.slug ? -1 : 1),
    );
  const order = new Map(entities.map((entity, index) => [entity, index]));
  const byArticle = idsByArticle.map((ids) =>
    [...ids]
      .map((id) => byId.get(id)!)
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .map(({ kind, slug, name }) => ({ kind, slug, name })),
  );
  return { entities, byArticle };
}

const KIND_ORDER: Record<EntityKind, number> = { person: 0, place: 1, organisation: 2 };

function resolve(
  kind: Mention['kind'],
  key: string,
  local: Map<string, Set<string>>,
  archive: Map<string, Set<string>>,
): { kind: EntityKind; key: string } | null {
  if (key === '') return null;
  if (kind === 'place' || kind === 'organisation') return { kind, key };
  if (key.includes(' ')) return { kind: 'person', key };
  const owner = only(local.get(key)) ?? only(archive.get(key));
  if (owner) return { kind: 'person', key: owner };
  // Known as a person by compromise's lexicon ("Putin"), though never named in full.
  return kind === 'person' && !archive.has(key) ? { kind: 'person', key } : null;
}

function only(keys: Set<string> | undefined): string | undefined {
  return keys?.size === 1 ? [...keys][0] : undefined;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set();
  set.add(value);
  map.set(key, set);
}

/** The most used spelling, the longest on a tie ("Volodymyr Zelensky" over "Zelensky"). */
function preferredForm(forms: Map<string, number>): string {
  return [...forms.entries()].sort(
    ([a, m], [b, n]) => n - m || b.length - a.length || (a < b ? -1 : 1),
  )[0]![0];
}

/** Two names that differ only in what a slug drops get -2, -3… in the order met. */
function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}
