import { describe, expect, it } from 'vitest';
import { BAR_STEPS, barSteps, periodBars } from '../../../../src/lib/timeline/bars.ts';
import { periodCounts } from '../../../../src/lib/timeline/group.ts';

describe('barSteps', () => {
  it('sizes bars in proportion to the largest count, which fills the width', () => {
    expect(barSteps([100, 50, 25, 0], 20)).toEqual([20, 10, 5, 0]);
  });

  it('keeps a bar for one article beside a day of 500, and none for no article', () => {
    const counts = [500, ...Array.from({ length: 30 }, (_, index) => index % 3)];
    const steps = barSteps(counts, 20);
    expect(steps[0]).toBe(20);
    expect(steps.slice(1)).toEqual(counts.slice(1).map((count) => (count === 0 ? 0 : 1)));
  });

  it('gives equal bars to equal counts, many tiny ones filling the width', () => {
    expect(barSteps([1, 1, 1], 20)).toEqual([20, 20, 20]);
  });

  it('has nothing to size for nothing, or for periods without articles', () => {
    expect(barSteps([])).toEqual([]);
    expect(barSteps([0, 0])).toEqual([0, 0]);
  });

  it('never goes past the last step', () => {
    const steps = barSteps([7, 3, 1_204, 999, 1]);
    expect(Math.max(...steps)).toBe(BAR_STEPS);
    expect(Math.min(...steps)).toBe(1);
  });
});

describe('periodBars', () => {
  const counts = periodCounts([
    '1987-03-01',
    '1987-03-01',
    '1987-03-02',
    '1987-04-30',
    '1990-01-01',
  ]);

  it('gives the years that have articles, named in full', () => {
    expect(periodBars(counts, '')).toEqual([
      { period: '1987', count: 4, step: 20, shown: '1987', name: '1987: 4 articles' },
      { period: '1990', count: 1, step: 5, shown: '1990', name: '1990: 1 article' },
    ]);
  });

  it('gives all twelve months of a year, those without articles empty', () => {
    const months = periodBars(counts, '1987');
    expect(months.map(({ period }) => period)).toEqual(
      Array.from({ length: 12 }, (_, index) => `1987-${String(index + 1).padStart(2, '0')}`),
    );
    expect(months[0]).toEqual({
      period: '1987-01',
      count: 0,
      step: 0,
      shown: 'January',
      name: 'January 1987: 0 articles',
    });
    expect(months[2]).toMatchObject({ period: '1987-03', count: 3, step: 20 });
    expect(months[3]).toMatchObject({ period: '1987-04', count: 1, step: 7 });
  });

  it('names a bar by its whole period and its count, as a screen reader reads it', () => {
    const march = periodBars(periodCounts(Array<string>(1_204).fill('1987-03-02')), '1987')[2];
    expect(march).toMatchObject({ shown: 'March', name: 'March 1987: 1,204 articles' });
  });

  it('gives no year for an empty archive, and empty bars for a period without articles', () => {
    const empty = new Map<string, number>();
    expect(periodBars(empty, '')).toEqual([]);
    expect(periodBars(empty, '2025').every(({ count, step }) => count === 0 && step === 0)).toBe(
      true,
    );
  });
});
