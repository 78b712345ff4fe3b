import { ENTITY_KINDS, type EntityKind, type EntityRef } from './types.ts';

interface KindGroup {
  kind: EntityKind;
  /** In the order given. */
  refs: EntityRef[];
}

/** An article's entities grouped by kind, people first, then places and organisations; no group for a kind it does not name. */
export function groupByKind(refs: readonly EntityRef[]): KindGroup[] {
  return ENTITY_KINDS.map((kind) => ({
    kind,
    refs: refs.filter((ref) => ref.kind === kind),
  })).filter((group) => group.refs.length > 0);
}
