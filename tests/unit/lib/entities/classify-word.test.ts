import { describe, expect, it } from 'vitest';
import { classifyWord } from '../../../../src/lib/entities/classify-word.ts';

const inside = (after: string) => ({ initial: false, title: false, after });

describe('classifyWord', () => {
  it('reads a word no list knows by the word before it', () => {
    expect(classifyWord('Bundesbank', inside('the'))).toEqual([
      { kind: 'organisation', name: 'Bundesbank' },
    ]);
    expect(classifyWord('Wolfsburg', inside('in'))).toEqual([{ kind: 'place', name: 'Wolfsburg' }]);
  });

  it('takes a capitalised common noun after a preposition for an institution', () => {
    expect(classifyWord('Treasury', inside('the'))).toEqual([
      { kind: 'organisation', name: 'Treasury' },
    ]);
    expect(classifyWord('Shares', inside(''))).toEqual([]);
  });

  it('takes a word opening a sentence for a surname only where the article names its owner', () => {
    expect(classifyWord('Haskins', { initial: true, title: false, after: '' })).toEqual([
      { kind: 'surname', name: 'Haskins' },
    ]);
    expect(classifyWord('Price', { initial: true, title: false, after: '' })).toEqual([
      { kind: 'surname', name: 'Price', here: true },
    ]);
    expect(classifyWord('However', { initial: true, title: false, after: '' })).toEqual([]);
  });

  it('reads a known city the lexicon does not know as a place wherever it stands', () => {
    expect(classifyWord('Bonn', inside('to'))).toEqual([{ kind: 'place', name: 'Bonn' }]);
    expect(classifyWord('Bonn', inside('the'))).toEqual([{ kind: 'place', name: 'Bonn' }]);
  });
});
