import { describe, expect, it } from 'vitest';
import { usStateAfterCity } from '../../../../src/lib/entities/us-states.ts';

describe('usStateAfterCity', () => {
  it('reads the AP abbreviations of states, and the names AP writes out', () => {
    expect(usStateAfterCity('Mo.')).toBe('Missouri');
    expect(usStateAfterCity('Conn.')).toBe('Connecticut');
    expect(usStateAfterCity('N.Y.')).toBe('New York');
    expect(usStateAfterCity('Calif.')).toBe('California');
    expect(usStateAfterCity('Tex.')).toBe('Texas');
    expect(usStateAfterCity('Ohio')).toBe('Ohio');
  });

  it('reads "D.C." as no state: the city before it is the place', () => {
    expect(usStateAfterCity('D.C.')).toBeNull();
  });

  it('reads no initial, postal code or other word as a state', () => {
    for (const token of ['O.', 'MO', 'Mo', 'Sachs', 'Inc.'])
      expect(usStateAfterCity(token), token).toBeUndefined();
  });
});
