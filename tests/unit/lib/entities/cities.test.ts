import { describe, expect, it } from 'vitest';
import { isKnownCity } from '../../../../src/lib/entities/cities.ts';

describe('isKnownCity', () => {
  it('knows cities of some size, in their own spelling and in ASCII', () => {
    for (const city of ['Houston', 'Kraków', 'Krakow', 'Århus', 'São Paulo', 'St. Louis', 'Bonn'])
      expect(isKnownCity(city), city).toBe(true);
  });

  it('knows no city that is a common word or a given name, nor a small town', () => {
    for (const name of ['Reading', 'Mobile', 'Sofia', 'Charlotte', 'Clayton', 'Whitcomb'])
      expect(isKnownCity(name), name).toBe(false);
  });
});
