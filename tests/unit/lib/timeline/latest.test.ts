import { describe, expect, it } from 'vitest';
import { latestMonths } from '../../../../src/lib/timeline/latest.ts';

describe('latestMonths', () => {
  const days = (month: string, count: number) =>
    Array.from(
      { length: count },
      (_, i) => `${month}-${String((i % 28) + 1).padStart(2, '0')}`,
    ).sort();

  it('takes the newest whole months that fit, and goes on at the month before them', () => {
    const dates = [...days('2025-01', 150), ...days('2025-02', 120), ...days('2025-03', 60)];
    const { items, earlierMonth } = latestMonths(dates, (d) => d, 200);
    expect(items).toHaveLength(180);
    expect(items[0]).toBe('2025-02-01');
    expect(earlierMonth).toBe('2025-01');
  });

  it('takes the newest items of a newest month that alone is too big, and goes on at that month', () => {
    const dates = [...days('2025-01', 10), ...days('2025-02', 500)];
    const { items, earlierMonth } = latestMonths(dates, (d) => d, 200);
    expect(items).toHaveLength(200);
    expect(items.at(-1)).toBe('2025-02-28');
    expect(earlierMonth).toBe('2025-02');
  });

  it('takes everything from a small archive, with nothing earlier', () => {
    expect(latestMonths(['2025-11-19', '2025-11-22'], (d) => d)).toEqual({
      items: ['2025-11-19', '2025-11-22'],
      earlierMonth: undefined,
    });
    expect(latestMonths([], (d: string) => d)).toEqual({ items: [], earlierMonth: undefined });
  });
});
