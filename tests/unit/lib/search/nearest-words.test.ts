import { describe, expect, it } from 'vitest';
import { editDistance, nearestWords } from '../../../../src/lib/search/nearest-words.ts';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('bundesbnak', 'bundesbank')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('counts insertions, deletions and substitutions as one edit each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('volcker', 'volcker')).toBe(0);
  });

  it('counts letters beyond the Basic Multilingual Plane as one letter each', () => {
    expect(editDistance('a𝔘b', 'ab')).toBe(1);
  });
});

describe('nearestWords', () => {
  const candidates = [
    { word: 'bank', count: 900 },
    { word: 'Bundesbank', count: 120 },
    { word: 'Bundesbahn', count: 40 },
    { word: 'Bundesbanks', count: 8 },
    { word: 'Bundestag', count: 300 },
  ];

  it('finds the archive’s word a transposition away, whatever the case typed', () => {
    expect(nearestWords('BUNDESBNAK', candidates).map(({ word }) => word)).toEqual([
      'Bundesbank',
      'Bundesbanks',
    ]);
  });

  it('ranks by distance first, then by how often the word is written', () => {
    const ranked = nearestWords('bundesbabk', [
      { word: 'Bundesbahn', count: 40 },
      { word: 'Bundesbank', count: 120 },
      { word: 'Bundesbanks', count: 500 },
    ]);
    expect(ranked.map(({ word }) => word)).toEqual(['Bundesbank', 'Bundesbanks', 'Bundesbahn']);
  });

  it('allows one edit only in words of four letters or fewer', () => {
    const short = [
      { word: 'bank', count: 10 },
      { word: 'bark', count: 5 },
    ];
    expect(nearestWords('bnak', short).map(({ word }) => word)).toEqual(['bank']);
    expect(nearestWords('bxxk', short)).toEqual([]);
  });

  it('does not offer the typed word itself, in any case or accent', () => {
    expect(nearestWords('zurich', [{ word: 'Zürich', count: 5 }])).toEqual([]);
  });
});
