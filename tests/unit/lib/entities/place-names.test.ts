import { describe, expect, it } from 'vitest';
import {
  cityBeforeState,
  isKnownPlace,
  isOwnedUnit,
  isPlaceWord,
  placeNamed,
} from '../../../../src/lib/entities/place-names.ts';

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

describe('isKnownPlace', () => {
  it('knows countries, cities and the places compromise knows', () => {
    for (const place of ['France', 'U.S.', 'Nairobi', 'Kraków', 'São Paulo'])
      expect(isKnownPlace(place), place).toBe(true);
  });

  it('knows no given name or surname as a place', () => {
    for (const name of ['Sofia', 'Wei', 'Whitcomb']) expect(isKnownPlace(name), name).toBe(false);
  });
});

describe('isOwnedUnit', () => {
  it('finds one word between a determiner and a part of a firm', () => {
    expect(isOwnedUnit('Houston', 'its', 'unit')).toBe(true);
    expect(isOwnedUnit('Houston', 'a', 'maker')).toBe(true);
  });

  it('finds no such slot elsewhere', () => {
    expect(isOwnedUnit('Houston', 'its', 'said')).toBe(false);
    expect(isOwnedUnit('Houston', 'said', 'unit')).toBe(false);
    expect(isOwnedUnit('Fort Worth', 'its', 'unit')).toBe(false);
    expect(isOwnedUnit('Houston', 'its', undefined)).toBe(false);
  });
});

describe('cityBeforeState', () => {
  it('files the city as a place, without a word that opens its sentence', () => {
    expect(cityBeforeState('Clayton', false)).toEqual({ kind: 'place', name: 'Clayton' });
    expect(cityBeforeState('In Stamford', true)).toEqual({ kind: 'place', name: 'Stamford' });
    expect(cityBeforeState('Fort Worth', true)).toEqual({ kind: 'place', name: 'Fort Worth' });
  });
});
