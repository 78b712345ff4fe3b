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

  it('reads a city before its US state as a place, whatever its words', () => {
    const classifier = new NameClassifier();
    expect(classifier.classify({ phrase: 'Clayton', initial: false, place: true })).toEqual([
      { kind: 'place', name: 'Clayton' },
    ]);
    expect(classifier.classify({ phrase: 'Clayton', initial: false })).not.toContainEqual({
      kind: 'place',
      name: 'Clayton',
    });
  });

  it('reads one word between "its" and a part of a firm as a place or nothing, never a person', () => {
    const classifier = new NameClassifier();
    const slot = (phrase: string) =>
      classifier.classify({ phrase, initial: false, after: 'its', next: 'unit' });
    expect(slot('Houston')).toEqual([{ kind: 'place', name: 'Houston' }]);
    expect(slot('Garrow')).toEqual([]);
    expect(
      classifier.classify({ phrase: 'Houston', initial: false, after: 'its', next: 'said' }),
    ).toEqual([{ kind: 'person', name: 'Houston' }]);
  });

  it('keeps a firm’s name whole after its possessive', () => {
    expect(classify("Moody's Investors Service", true)).toEqual([
      { kind: 'organisation', name: "Moody's Investors Service" },
    ]);
  });

  it('drops a title of office that opens a sentence', () => {
    expect(classify('Treasury Secretary Charles Whitmore', true)).toEqual([
      { kind: 'person', name: 'Charles Whitmore' },
    ]);
  });

  it('parts a word no list knows that opens a sentence from a place after it', () => {
    expect(classify('Anlo Reykjavík', true)).toContainEqual({ kind: 'place', name: 'Reykjavík' });
  });
});
