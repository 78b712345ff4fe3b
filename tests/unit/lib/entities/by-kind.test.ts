import { describe, expect, it } from 'vitest';
import { groupByKind } from '../../../../src/lib/entities/by-kind.ts';
import type { EntityKind } from '../../../../src/lib/entities/types.ts';

const ref = (kind: EntityKind, name: string) => ({ kind, name, slug: name.toLowerCase() });

describe('groupByKind', () => {
  it('groups people, then places, then organisations, each in the order given', () => {
    const groups = groupByKind([
      ref('organisation', 'NATO'),
      ref('person', 'Rustem Umerov'),
      ref('place', 'Kyiv'),
      ref('person', 'Steve Witkoff'),
    ]);
    expect(groups.map(({ kind, refs }) => [kind, refs.map((r) => r.name)])).toEqual([
      ['person', ['Rustem Umerov', 'Steve Witkoff']],
      ['place', ['Kyiv']],
      ['organisation', ['NATO']],
    ]);
  });

  it('leaves out the kinds not named, and has no group for no entity', () => {
    expect(groupByKind([ref('place', 'Geneva')]).map((group) => group.kind)).toEqual(['place']);
    expect(groupByKind([])).toEqual([]);
  });
});
