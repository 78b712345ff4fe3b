import { describe, expect, it } from 'vitest';
import { countryName, isDemonym } from '../../../../src/lib/entities/gazetteer.ts';

describe('countryName', () => {
  it('files the names and spellings of a country under its common name', () => {
    for (const name of ['U.S.', 'US', 'USA', 'America', 'United States of America'])
      expect(countryName(name), name).toBe('United States');
    for (const name of ['Britain', 'U.K.', 'UK', 'Great Britain', 'United Kingdom'])
      expect(countryName(name), name).toBe('United Kingdom');
    expect(countryName('Holland')).toBe('Netherlands');
  });

  it('knows states that no ISO list carries', () => {
    expect(countryName('USSR')).toBe('Soviet Union');
    expect(countryName('West Germany')).toBe('West Germany');
    expect(countryName('Yugoslavia')).toBe('Yugoslavia');
  });

  it('takes no company suffix, pronoun or two-letter code for a country', () => {
    for (const word of ['Co', 'CO', 'AG', 'SA', 'Us', 'IN', 'IT'])
      expect(countryName(word), word).toBeUndefined();
  });
});

describe('isDemonym', () => {
  it('knows what a country’s people are called', () => {
    expect(isDemonym('Turkish')).toBe(true);
    expect(isDemonym('Turkey')).toBe(false);
  });
});
