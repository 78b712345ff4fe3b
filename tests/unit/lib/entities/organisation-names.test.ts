import { describe, expect, it } from 'vitest';
import {
  classifyAcronym,
  firmInRun,
  isOrganisationName,
  linkedParts,
  organisationNamed,
} from '../../../../src/lib/entities/organisation-names.ts';

const words = (phrase: string) => phrase.split(' ');
const isOneOrganisation = (phrase: string) =>
  isOrganisationName(words(phrase), linkedParts(words(phrase)));

describe('firmInRun', () => {
  it('finds the firm before a legal form, without the form', () => {
    expect(firmInRun(words('Chrysler Corp'))).toEqual({
      before: [],
      firm: { kind: 'organisation', name: 'Chrysler' },
    });
  });

  it('keeps two founders joined by "and" as one firm', () => {
    expect(firmInRun(words('Fenwick and Lowe Inc'))?.firm?.name).toBe('Fenwick and Lowe');
  });

  it('leaves the names before the firm for the caller to read', () => {
    expect(firmInRun(words('New York Stock Exchange and Merrill Lynch and Co'))).toEqual({
      before: words('New York Stock Exchange'),
      firm: { kind: 'organisation', name: 'Merrill Lynch' },
    });
  });

  it('finds no firm in a run without a legal form', () => {
    expect(firmInRun(words('Merrill Lynch'))).toBeNull();
  });
});

describe('isOrganisationName', () => {
  it('takes an organisation’s word and "of" for one name', () => {
    expect(isOneOrganisation('Bank of England')).toBe(true);
    expect(isOneOrganisation('Securities and Exchange Commission')).toBe(true);
  });

  it('takes names joined by "and" for several', () => {
    expect(isOneOrganisation('Britain and France')).toBe(false);
    expect(isOneOrganisation('Goldman Sachs and Salomon Brothers')).toBe(false);
  });
});

describe('organisationNamed', () => {
  it('names the country an organisation’s name starts with', () => {
    expect(organisationNamed(['U.S.', 'Navy'])).toEqual([
      { kind: 'place', name: 'United States' },
      { kind: 'organisation', name: 'U.S. Navy' },
    ]);
  });
});

describe('classifyAcronym', () => {
  it('files a country’s acronym as the country and others as organisations', () => {
    expect(classifyAcronym('USSR')).toEqual({ kind: 'place', name: 'Soviet Union' });
    expect(classifyAcronym('GATT')).toEqual({ kind: 'organisation', name: 'GATT' });
  });

  it('takes a long word in capitals for shouting, not an acronym', () => {
    expect(classifyAcronym('HOMINY')).toBeNull();
  });
});
