import { describe, expect, it } from 'vitest';
import { isPlaceWord, placeNamed } from '../../../../src/lib/entities/place-names.ts';

describe('placeNamed', () => {
  it('reads a kind of place and "of" as one place', () => {
    expect(placeNamed([['Strait'], ['Hormuz']], ['Strait', 'of', 'Hormuz'])).toEqual({
      kind: 'place',
      name: 'Strait of Hormuz',
    });
  });

  it('reads other linked names as no place', () => {
    expect(placeNamed([['Bank'], ['England']], ['Bank', 'of', 'England'])).toBeNull();
  });
});

describe('isPlaceWord', () => {
  it('knows the words for kinds of place', () => {
    expect(isPlaceWord('Gulf')).toBe(true);
    expect(isPlaceWord('Senate')).toBe(false);
  });
});
