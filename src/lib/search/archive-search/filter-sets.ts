import { difference, intersect, rangeOf, union } from '../archive-index/doc-set.ts';

/**
 * Pagefind's filter syntax (https://pagefind.app/docs/filtering/), applied to
 * sets of archive doc ids: a value, a list (every value), `{ any }`,
 * `{ all }`, `{ none }` or `{ not }` per filter, and the compound `any`,
 * `all`, `none` and `not` around whole filter objects. Filters are ANDed.
 */
export type FilterQuery = Record<string, unknown>;

/** The docs holding `value` of filter `name`, ascending. */
export type ValueSet = (name: string, value: string) => Promise<Uint32Array>;

const COMPOUND = new Set(['any', 'all', 'none', 'not']);

/** The docs that pass `filters`, or undefined when nothing is filtered. */
export async function filterSet(
  filters: FilterQuery,
  valueSet: ValueSet,
  docs: number,
): Promise<Uint32Array | undefined> {
  const parts: Uint32Array[] = [];
  for (const [name, wanted] of Object.entries(filters)) {
    const part = COMPOUND.has(name)
      ? await compound(name, wanted, valueSet, docs)
      : await valuesOf(name, wanted, valueSet, docs);
    if (part) parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.reduce((a, b) => intersect(a, b));
}

async function compound(
  kind: string,
  wanted: unknown,
  valueSet: ValueSet,
  docs: number,
): Promise<Uint32Array | undefined> {
  const objects = (Array.isArray(wanted) ? wanted : [wanted]).filter(
    (item): item is FilterQuery => typeof item === 'object' && item !== null,
  );
  const sets = (
    await Promise.all(objects.map((object) => filterSet(object, valueSet, docs)))
  ).filter((set): set is Uint32Array => set !== undefined);
  if (sets.length === 0) return undefined;
  if (kind === 'any') return union(sets);
  if (kind === 'all') return sets.reduce((a, b) => intersect(a, b));
  return complement(union(sets), docs);
}

async function valuesOf(
  name: string,
  wanted: unknown,
  valueSet: ValueSet,
  docs: number,
): Promise<Uint32Array | undefined> {
  const sets = (values: unknown) =>
    Promise.all(
      (Array.isArray(values) ? values : [values])
        .filter((value): value is string => typeof value === 'string')
        .map((value) => valueSet(name, value)),
    );
  if (typeof wanted === 'string' || Array.isArray(wanted)) {
    const all = await sets(wanted);
    return all.length === 0 ? undefined : all.reduce((a, b) => intersect(a, b));
  }
  if (typeof wanted !== 'object' || wanted === null) return undefined;
  const { any, all, none, not } = wanted as Record<string, unknown>;
  const parts: Uint32Array[] = [];
  if (any !== undefined) {
    const found = await sets(any);
    if (found.length > 0) parts.push(union(found));
  }
  if (all !== undefined) parts.push(...(await sets(all)));
  for (const excluded of [none, not]) {
    if (excluded === undefined) continue;
    const found = await sets(excluded);
    if (found.length > 0) parts.push(complement(union(found), docs));
  }
  return parts.length === 0 ? undefined : parts.reduce((a, b) => intersect(a, b));
}

/** Every doc in [0, docs) not in `set`. */
const complement = (set: Uint32Array, docs: number) => difference(rangeOf(0, docs), set);
