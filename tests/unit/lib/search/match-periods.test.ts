import { describe, expect, it } from 'vitest';
import { matchPeriods } from '../../../../src/lib/search/match-periods.ts';

describe('matchPeriods', () => {
  it('counts matches by year, in date order, leaving out years without one', () => {
    expect(
      matchPeriods({
        year: { '1988': 3, '1986': 12, '1987': 0 },
        month: { '1986-05': 12, '1988-01': 3 },
      }),
    ).toEqual({
      unit: 'year',
      periods: [
        { period: '1986', label: '1986', count: 12, from: '1986-01-01', to: '1986-12-31' },
        { period: '1988', label: '1988', count: 3, from: '1988-01-01', to: '1988-12-31' },
      ],
    });
  });

  it('counts by month when every match is in one year, each month to its last day', () => {
    expect(
      matchPeriods({
        year: { '1988': 9, '1987': 0 },
        month: { '1988-04': 5, '1988-02': 4, '1988-03': 0, '1987-12': 0 },
      }),
    ).toEqual({
      unit: 'month',
      periods: [
        {
          period: '1988-02',
          label: 'February 1988',
          count: 4,
          from: '1988-02-01',
          to: '1988-02-29',
        },
        { period: '1988-04', label: 'April 1988', count: 5, from: '1988-04-01', to: '1988-04-30' },
      ],
    });
  });

  it('keeps to years when the months are not counted', () => {
    expect(matchPeriods({ year: { '1987': 4 } }).periods.map((p) => p.period)).toEqual(['1987']);
  });

  it('is empty without matches', () => {
    expect(matchPeriods({})).toEqual({ unit: 'year', periods: [] });
    expect(matchPeriods({ year: { '1987': 0 } }).periods).toEqual([]);
  });
});
