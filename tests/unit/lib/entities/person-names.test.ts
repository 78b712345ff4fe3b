import { describe, expect, it } from 'vitest';
import { isPersonName, isWrittenName } from '../../../../src/lib/entities/person-names.ts';

describe('isPersonName', () => {
  it('takes a given name and a surname, or two words no list knows, for a person', () => {
    expect(isPersonName(['Martha', 'Kessler'])).toBe(true);
    expect(isPersonName(['Frans', 'Dekker'])).toBe(true);
  });

  it('takes common words, places or three words for no person', () => {
    expect(isPersonName(['Sea', 'Falcon'])).toBe(false);
    expect(isPersonName(['Dekker', 'Brussels'])).toBe(false);
    expect(isPersonName(['Ana', 'García', 'Montréal'])).toBe(false);
  });
});

describe('isWrittenName', () => {
  it('takes no word repeated and no other script for a name compromise can read', () => {
    expect(isWrittenName(['Rustem', 'Umerov'])).toBe(true);
    expect(isWrittenName(['Москва'])).toBe(false);
    expect(isWrittenName(['Lagos', 'Lagos'])).toBe(false);
  });
});
