import { entitySlug, nameKey as foldName, spellingKey, surnameOf } from './name-key.ts';
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
 * person, place or organisation has one page. Names are compared by key
 * (nameKey); two spellings of a name ("Zelenskyy", "Zelensky") are one only
 * where an article writes both. A name that the archive names as an
 * organisation ("Merrill Lynch and Co", "an analyst at Merrill Lynch") in
 * as many articles as it names it as a person is one everywhere. A lone surname joins the person named in full
 * with it in the same article; else an organisation whose name it starts
 * there ("Lowe" after "Fenwick and Lowe Inc"); else the person the archive
 * names in full with it, if one has nearly all of its articles. A surname
 * that fits nobody, or several people alike, is dropped: precision matters
 * more than recall.
 */
export function resolveEntities(
  mentionsByArticle: readonly (readonly Mention[])[],
): ResolvedEntities {
  // An archive repeats its names: each is folded once.
  const keys = new Map<string, string>();
  const nameKey = (name: string) => keys.get(name) ?? keys.set(name, foldName(name)).get(name)!;

  // How many articles name each key as each kind.
  const articlesAs = new Map<string, Record<EntityKind, number>>();
  const spellings = new Spellings();
  for (const mentions of mentionsByArticle) {
    const words: string[] = [];
    const kinds = new Map<string, Set<EntityKind>>();
    for (const { kind, name } of mentions) {
      if (kind !== 'surname') addTo(kinds, nameKey(name), kind);
      if (kind === 'person' || kind === 'surname') words.push(...nameKey(name).split(' '));
    }
    for (const [key, named] of kinds) {
      const counts = articlesAs.get(key) ?? { person: 0, place: 0, organisation: 0 };
      for (const kind of named) counts[kind]++;
      articlesAs.set(key, counts);
    }
    spellings.sameArticle(words);
  }
  // One name is one entity, of the kind most articles give it. A firm's legal
  // form or "an analyst at" outweighs compromise's reading of a name as a
  // person's, which a firm named after people always gets, so it counts double.
  const kindOf = (key: string): EntityKind | undefined => {
    const counts = articlesAs.get(key);
    if (!counts) return undefined;
    if (counts.organisation > 0 && FIRM_WEIGHT * counts.organisation >= counts.person)
      return 'organisation';
    return counts.person > counts.place ? 'person' : undefined;
  };
  const organisations = new Set(
    [...articlesAs.keys()].filter((key) => kindOf(key) === 'organisation'),
  );
  // The spellings are all merged by now, so each name's key is final: computed once.
  const personKeys = new Map<string, string>();
  const personKey = (name: string) =>
    personKeys.get(name) ?? personKeys.set(name, spellings.key(nameKey(name))).get(name)!;
  const isFullName = ({ kind, name }: Mention) =>
    kind === 'person' && name.includes(' ') && !organisations.has(nameKey(name));

  const fullNamesBySurname = new Map<string, Map<string, number>>();
  for (const mentions of mentionsByArticle) {
    for (const key of new Set(mentions.filter(isFullName).map(({ name }) => personKey(name)))) {
      const named = fullNamesBySurname.get(surnameOf(key)) ?? new Map<string, number>();
      named.set(key, (named.get(key) ?? 0) + 1);
      fullNamesBySurname.set(surnameOf(key), named);
    }
  }

  const found = new Map<
    string,
    { kind: EntityKind; key: string; forms: Map<string, number>; articles: number[] }
  >();
  const idsByArticle = mentionsByArticle.map((mentions, position) => {
    const local = new Map<string, Set<string>>();
    const localFirms = new Map<string, Set<string>>();
    for (const mention of mentions) {
      if (isFullName(mention))
        addTo(local, surnameOf(personKey(mention.name)), personKey(mention.name));
      const key = nameKey(mention.name);
      if (organisations.has(key) && key.includes(' '))
        for (const word of key.split(' ')) addTo(localFirms, word, key);
    }
    const ids = new Set<string>();
    for (const mention of mentions) {
      const resolved = resolve(mention);
      if (!resolved) continue;
      const id = `${resolved.kind}\0${resolved.key}`;
      const entity = found.get(id) ?? {
        ...resolved,
        forms: new Map<string, number>(),
        articles: [] as number[],
      };
      found.set(id, entity);
      // The full name is the one to show: a lone surname counts towards none.
      if (resolved.key === nameKey(mention.name) || resolved.key === personKey(mention.name))
        entity.forms.set(mention.name, (entity.forms.get(mention.name) ?? 0) + 1);
      if (!ids.has(id)) entity.articles.push(position);
      ids.add(id);
    }
    return ids;

    function resolve({ kind, name, here }: Mention): { kind: EntityKind; key: string } | null {
      const key = nameKey(name);
      if (key === '') return null;
      const person = personKey(name);
      // "Kenji Sato" read as a place after "in", or a firm after "the", where most articles name a person.
      if (kind !== 'person' && kindOf(key) === 'person' && person.includes(' '))
        return { kind: 'person', key: person };
      if (kind === 'place') return { kind, key };
      const named = fullNamesBySurname.get(person);
      // A lone word the archive names someone with ("the Trump administration")
      // is theirs before an organisation's.
      if (!named && (kind === 'organisation' || (organisations.has(key) && !here)))
        return { kind: 'organisation', key };
      if (person.includes(' ')) return { kind: 'person', key: person };
      const owner = only(local.get(person));
      if (owner) return { kind: 'person', key: owner };
      const firm = only(localFirms.get(key));
      if (firm) return { kind: 'organisation', key: firm };
      // "Congress passed…", "Pentagon officials said…": a common noun opening a
      // sentence is the organisation the archive names with it elsewhere.
      if (here) return !named && organisations.has(key) ? { kind: 'organisation', key } : null;
      const known = named && dominant(named);
      if (known) return { kind: 'person', key: known };
      if (kind === 'organisation') return { kind, key };
      // Known as a person by compromise's lexicon ("Putin"), though never named in full.
      return kind === 'person' && !named ? { kind: 'person', key: person } : null;
    }
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

export const KIND_ORDER: Record<EntityKind, number> = { person: 0, place: 1, organisation: 2 };

function only(keys: Set<string> | undefined): string | undefined {
  return keys?.size === 1 ? [...keys][0] : undefined;
}

/**
 * The share of the articles naming someone in full with a surname that one
 * of them must have for the surname alone to be theirs: "Reagan" is Ronald
 * Reagan when the archive names him far more often than anyone else so named.
 */
const DOMINANT_SHARE = 0.75;

/** How much more an article naming a key as an organisation weighs than one naming it as a person. */
const FIRM_WEIGHT = 2;

function dominant(named: ReadonlyMap<string, number>): string | undefined {
  let total = 0;
  let best: [string, number] | undefined;
  for (const entry of named) {
    total += entry[1];
    if (!best || entry[1] > best[1]) best = entry;
  }
  return best && best[1] >= DOMINANT_SHARE * total ? best[0] : undefined;
}

/**
 * Spelling variants of a name's words, merged on evidence: words that differ
 * only in doubled letters ("Zelenskyy", "Zelensky") are one word once an
 * article writes both, and from then on across the archive.
 */
class Spellings {
  readonly #parent = new Map<string, string>();

  sameArticle(words: readonly string[]): void {
    const first = new Map<string, string>();
    for (const word of words) {
      const spelling = spellingKey(word);
      const seen = first.get(spelling);
      if (seen === undefined) first.set(spelling, word);
      else {
        const [root, other] = [this.#find(seen), this.#find(word)];
        if (root !== other) this.#parent.set(other, root);
      }
    }
  }

  /** The key with each word in the spelling it was first merged under. */
  key(key: string): string {
    return this.#parent.size === 0
      ? key
      : key
          .split(' ')
          .map((word) => this.#find(word))
          .join(' ');
  }

  #find(word: string): string {
    let root = word;
    for (let next = this.#parent.get(root); next !== undefined; next = this.#parent.get(root))
      root = next;
    return root;
  }
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
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
