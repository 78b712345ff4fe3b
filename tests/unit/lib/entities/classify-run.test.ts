import { describe, expect, it } from 'vitest';
import { classifyRun } from '../../../../src/lib/entities/classify-run.ts';

const run = (phrase: string) => classifyRun(phrase.split(' '));

describe('classifyRun', () => {
  it('files every name of a country under one', () => {
    expect(run('Great Britain')).toEqual([{ kind: 'place', name: 'United Kingdom' }]);
  });

  it('parts an institution from the person a title names after it', () => {
    expect(run('Bundesbank President Helmut Brenner')).toEqual([
      { kind: 'organisation', name: 'Bundesbank' },
      { kind: 'person', name: 'Helmut Brenner' },
    ]);
  });

  it('names no organisation for a title of office alone', () => {
    expect(run('Finance Minister Gerhard Stoltz')).toEqual([
      { kind: 'person', name: 'Gerhard Stoltz' },
    ]);
  });

  it('reads a run ending in an organisation’s word as an organisation', () => {
    expect(run('Tamarack Savings Bank')).toEqual([
      { kind: 'organisation', name: 'Tamarack Savings Bank' },
    ]);
  });

  it('takes no run of common words for a person', () => {
    expect(run('Middle East')).not.toContainEqual(expect.objectContaining({ kind: 'person' }));
  });

  it('reads a city’s name of two words as the place', () => {
    expect(run('São Paulo')).toEqual([{ kind: 'place', name: 'São Paulo' }]);
  });

  it('parts a person’s name from the places it runs into', () => {
    expect(run('Li Wei Nairobi')).toEqual([
      { kind: 'person', name: 'Li Wei' },
      { kind: 'place', name: 'Nairobi' },
    ]);
    expect(run('Århus Olga Ivanova')).toEqual([
      { kind: 'place', name: 'Århus' },
      { kind: 'person', name: 'Olga Ivanova' },
    ]);
    expect(run('Kraków São Paulo')).toEqual([
      { kind: 'place', name: 'Kraków' },
      { kind: 'place', name: 'São Paulo' },
    ]);
  });

  it('keeps a person named after a place whole', () => {
    expect(run('George Washington')).toEqual([{ kind: 'person', name: 'George Washington' }]);
  });
});
