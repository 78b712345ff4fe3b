import { describe, expect, it } from 'vitest';
import { coverageNote } from '../../../../src/lib/search/coverage-note.ts';

describe('coverageNote', () => {
  it('names the period searched so far, with the counts', () => {
    expect(
      coverageNote({
        from: '2019-05-03',
        to: '2024-06-09',
        searched: 2500,
        reachable: 100_000,
        complete: false,
      }),
    ).toEqual([
      'Searched 2,500 of 100,000 articles, from ',
      { date: '2019-05-03' },
      ' to ',
      { date: '2024-06-09' },
      '.',
    ]);
  });

  it('names one day once when the shards searched hold a single day', () => {
    expect(
      coverageNote({
        from: '2024-06-15',
        to: '2024-06-15',
        searched: 500,
        reachable: 1000,
        complete: false,
      }),
    ).toEqual(['Searched 500 of 1,000 articles, on ', { date: '2024-06-15' }, '.']);
  });
});
