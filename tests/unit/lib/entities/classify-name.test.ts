import { describe, expect, it } from 'vitest';
import { NameClassifier } from '../../../../src/lib/entities/classify-name.ts';

const classify = (phrase: string, initial = false, after?: string) =>
  new NameClassifier().classify({ phrase, initial, after });

describe('NameClassifier', () => {
  it('drops a common word that opens a sentence from the name after it', () => {
    expect(classify('Meanwhile Rustem Umerov', true)).toEqual([
      { kind: 'person', name: 'Rustem Umerov' },
    ]);
  });

  it('parts two firms at a legal form', () => {
    expect(classify('Texstar Inc and Harlow Co')).toEqual([
      { kind: 'organisation', name: 'Texstar' },
      { kind: 'organisation', name: 'Harlow' },
    ]);
  });

  it('reads an organisation named with "of" as one', () => {
    expect(classify('Bank of England', false, 'the')).toEqual([
      { kind: 'organisation', name: 'Bank of England' },
    ]);
  });

  it('reads names side by side as several', () => {
    expect(classify('Britain and France')).toEqual([
      { kind: 'place', name: 'United Kingdom' },
      { kind: 'place', name: 'France' },
    ]);
  });

  it('reads a person’s name after "at" as a firm named after people', () => {
    expect(classify('Merrill Lynch', false, 'at')).toEqual([
      { kind: 'organisation', name: 'Merrill Lynch' },
    ]);
  });

  it('files every name of a country under one, read as a place', () => {
    expect(classify('U.S.')).toEqual([{ kind: 'place', name: 'United States' }]);
  });
});
