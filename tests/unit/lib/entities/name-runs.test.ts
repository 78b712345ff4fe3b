import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../../src/lib/entities/name-runs.ts';

describe('nameRuns', () => {
  it('finds runs of capitalised words, without punctuation or possessives', () => {
    expect(nameRuns('He met “Rustem Umerov,” Zelensky’s adviser, in the U.S. capital.')).toEqual([
      { phrase: 'He', initial: true },
      { phrase: 'Rustem Umerov', initial: false },
      { phrase: 'Zelensky', initial: false },
      { phrase: 'US', initial: false },
    ]);
  });

  it('cuts a sentence’s first word off the run, since any word is capitalised there', () => {
    expect(nameRuns('Meanwhile Steve Witkoff flew. Dmitriev stayed.')).toEqual([
      { phrase: 'Meanwhile', initial: true },
      { phrase: 'Steve Witkoff', initial: false },
      { phrase: 'Dmitriev', initial: true },
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
      { phrase: 'Short', initial: true },
      { phrase: 'Heading', initial: true },
      { phrase: 'Line', initial: true },
    ]);
    expect(nameRuns('“Harbour Works” — 2024 Update')).toEqual([
      { phrase: 'Harbour', initial: true },
      { phrase: 'Works', initial: true },
      { phrase: 'Update', initial: true },
    ]);
  });

  it('finds nothing in lower-case, numbers or symbols', () => {
    expect(nameRuns('nothing here, 2025 and <b> # * [x]')).toEqual([]);
  });
});
