import { describe, expect, it } from 'vitest';
import { withNeighbours } from '../../../../src/lib/timeline/neighbours.ts';

describe('withNeighbours', () => {
  it('gives each item the one before and the one after it, none past either end', () => {
    expect(withNeighbours(['a', 'b', 'c'])).toEqual([
      { item: 'a', previous: undefined, next: 'b' },
      { item: 'b', previous: 'a', next: 'c' },
      { item: 'c', previous: 'b', next: undefined },
    ]);
  });

  it('has no neighbour for a lone item, and nothing for nothing', () => {
    expect(withNeighbours(['a'])).toEqual([{ item: 'a', previous: undefined, next: undefined }]);
    expect(withNeighbours([])).toEqual([]);
  });
});
