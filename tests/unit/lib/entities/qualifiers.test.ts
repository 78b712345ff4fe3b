import { describe, expect, it } from 'vitest';
import {
  isTitle,
  organisationName,
  withoutQualifiers,
} from '../../../../src/lib/entities/qualifiers.ts';

describe('withoutQualifiers', () => {
  it('drops the titles, articles and demonyms before a name', () => {
    expect(withoutQualifiers(['President', 'Paul', 'Grady'])).toEqual(['Paul', 'Grady']);
    expect(withoutQualifiers(['the', 'Bundesbank'])).toEqual(['Bundesbank']);
    expect(withoutQualifiers(['Ukrainian', 'President'])).toEqual([]);
  });

  it('keeps a word in capitals, which is an acronym', () => {
    expect(withoutQualifiers(['GATT', 'Council'])).toEqual(['GATT', 'Council']);
  });
});

describe('organisationName', () => {
  it('keeps the nation an organisation belongs to', () => {
    expect(organisationName(['American', 'Farm', 'Bureau', 'Federation'])).toEqual([
      'American',
      'Farm',
      'Bureau',
      'Federation',
    ]);
  });
});

describe('isTitle', () => {
  it('knows titles of office and roles', () => {
    expect(isTitle('President')).toBe(true);
    expect(isTitle('Bundesbank')).toBe(false);
  });
});
