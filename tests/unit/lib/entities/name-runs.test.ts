import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../../src/lib/entities/name-runs.ts';

describe('nameRuns', () => {
  it('finds runs of capitalised words, without punctuation or possessives', () => {
    expect(nameRuns('He met “Rustem Umerov,” Zelensky’s adviser, in the U.S. capital.')).toEqual([
      { phrase: 'He', initial: true },
      { phrase: 'Rustem Umerov', initial: false, after: 'met' },
      { phrase: 'Zelensky', initial: false },
      { phrase: 'US', initial: false, after: 'the' },
    ]);
  });

  it('marks a run that opens a sentence, whose first word may be any word', () => {
    expect(nameRuns('Meanwhile Steve Witkoff flew. Dmitriev stayed.')).toEqual([
      { phrase: 'Meanwhile Steve Witkoff', initial: true },
      { phrase: 'Dmitriev', initial: true },
    ]);
  });

  it('takes sentence boundaries from the segmenter, but goes on past an honorific or an initial', () => {
    expect(nameRuns('Sen. Robert Dole met John F. Kennedy Jr. yesterday.')).toEqual([
      { phrase: 'Sen Robert Dole', initial: true },
      { phrase: 'John F Kennedy Jr', initial: false, after: 'met' },
    ]);
  });

  it('keeps "of", "and" and "&" between capitalised words, for the classifier to judge', () => {
    expect(
      nameRuns('He met the Bank of England and AT & T officials.').map((r) => r.phrase),
    ).toEqual(['He', 'Bank of England', 'AT & T']);
  });

  it('makes no run of words in capitals side by side: a slug line or a shouted header', () => {
    expect(nameRuns('MIDEAST GULF')).toEqual([]);
    expect(nameRuns('HOMINY FEED PRICES STEADY - Feed was quoted at 62 dlrs.')).toEqual([
      { phrase: 'Feed', initial: false },
    ]);
    expect(nameRuns('Talks on the GATT accord resumed.').map((r) => r.phrase)).toEqual([
      'Talks',
      'GATT',
    ]);
  });

  it('splits a run where the script changes: names side by side in two scripts are two', () => {
    expect(nameRuns('then Li Wei Київ Москва').map((run) => run.phrase)).toEqual([
      'Li Wei',
      'Київ Москва',
    ]);
  });

  it('makes each word of a line in title case a run of its own, judged as a sentence’s first word', () => {
    expect(nameRuns('Short Heading Line')).toEqual([
      { phrase: 'Short', initial: true, title: true },
      { phrase: 'Heading', initial: true, title: true },
      { phrase: 'Line', initial: true, title: true },
    ]);
    expect(nameRuns('“Harbour Works” — 2024 Update')).toEqual([
      { phrase: 'Harbour', initial: true, title: true },
      { phrase: 'Works', initial: true, title: true },
      { phrase: 'Update', initial: true, title: true },
    ]);
  });

  it('joins a firm’s name written with a comma before its legal form', () => {
    expect(nameRuns('The issue was led by Goldman, Sachs and Co. on Monday.')).toEqual([
      { phrase: 'The', initial: true },
      { phrase: 'Goldman Sachs and Co', initial: false, after: 'by' },
      { phrase: 'Monday', initial: false, after: 'on' },
    ]);
    expect(nameRuns('It flew to Paris, Rome and Madrid.').map((run) => run.phrase)).toEqual([
      'It',
      'Paris',
      'Rome and Madrid',
    ]);
  });

  it('finds nothing in lower-case, numbers or symbols', () => {
    expect(nameRuns('nothing here, 2025 and <b> # * [x]')).toEqual([]);
  });
});
