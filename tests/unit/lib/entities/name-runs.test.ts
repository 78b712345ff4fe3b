import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../../src/lib/entities/name-runs.ts';

describe('nameRuns', () => {
  it('finds runs of capitalised words, without punctuation or possessives', () => {
    expect(nameRuns('He met “Rustem Umerov,” Zelensky’s adviser, in the U.S. capital.')).toEqual([
      { phrase: 'He', initial: true, next: 'met' },
      { phrase: 'Rustem Umerov', initial: false, after: 'met' },
      { phrase: 'Zelensky', initial: false },
      { phrase: 'US', initial: false, after: 'the', next: 'capital' },
    ]);
  });

  it('marks a run that opens a sentence, whose first word may be any word', () => {
    expect(nameRuns('Meanwhile Steve Witkoff flew. Dmitriev stayed.')).toEqual([
      { phrase: 'Meanwhile Steve Witkoff', initial: true, next: 'flew' },
      { phrase: 'Dmitriev', initial: true, next: 'stayed' },
    ]);
  });

  it('takes sentence boundaries from the segmenter, but goes on past an honorific or an initial', () => {
    expect(nameRuns('Sen. Robert Dole met John F. Kennedy Jr. yesterday.')).toEqual([
      { phrase: 'Sen Robert Dole', initial: true, next: 'met' },
      { phrase: 'John F Kennedy Jr', initial: false, after: 'met', next: 'yesterday' },
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
      { phrase: 'Feed', initial: false, next: 'was' },
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
      { phrase: 'The', initial: true, next: 'issue' },
      { phrase: 'Goldman Sachs and Co', initial: false, after: 'by', next: 'on' },
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

  it('marks a city before its US state as a place, and makes the state a run under its name', () => {
    expect(nameRuns('He said in Clayton, Mo., that it was late.')).toEqual([
      { phrase: 'He', initial: true, next: 'said' },
      { phrase: 'Clayton', initial: false, after: 'in', place: true },
      { phrase: 'Missouri', initial: false, place: true },
    ]);
    expect(
      nameRuns('The city of Washington, D.C. will sell bonds.').map((run) => run.phrase),
    ).toEqual(['The', 'Washington']);
  });

  it('takes no word after a comma for a state unless it ends its clause', () => {
    const runs = nameRuns('Sen. Paul Grady, Iowa Republican, spoke.');
    expect(runs.some((run) => run.place)).toBe(false);
  });

  it('keeps the possessive that opens a firm’s name, and drops any other', () => {
    expect(nameRuns("Moody's Investors Service rates the bonds.")[0]!.phrase).toBe(
      "Moody's Investors Service",
    );
    expect(nameRuns("Britain's Labour Party met.").map((run) => run.phrase)).toEqual([
      'Britain',
      'Labour Party',
    ]);
    expect(nameRuns("Reagan's Treasury Department said.").map((run) => run.phrase)).toEqual([
      'Reagan',
      'Treasury Department',
    ]);
  });

  it('gives the lower-case word right after a run', () => {
    expect(nameRuns('It sold its Houston unit.')[1]).toEqual({
      phrase: 'Houston',
      initial: false,
      after: 'its',
      next: 'unit',
    });
  });
});
