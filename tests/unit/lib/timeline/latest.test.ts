import { describe, expect, it } from 'vitest';
import { latestDays } from '../../../../src/lib/timeline/latest.ts';

/** `count` items of one day, as `day#n`, in archive order. */
const day = (date: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${date}#${index + 1}`);
const dateOf = (item: string) => item.slice(0, 10);
const shape = (days: ReturnType<typeof latestDays<string>>['days']) =>
  days.map(({ day: date, total, items }) => [date, total, items.length]);

describe('latestDays', () => {
  it('shows the newest days, newest first, each with its count', () => {
    const archive = [
      ...day('2024-12-31', 3),
      ...day('2025-01-02', 2),
      ...day('2025-01-05', 1),
      ...day('2025-02-01', 4),
    ];
    const { days, earlierDay } = latestDays(archive, dateOf, { days: 3 });
    expect(shape(days)).toEqual([
      ['2025-02-01', 4, 4],
      ['2025-01-05', 1, 1],
      ['2025-01-02', 2, 2],
    ]);
    expect(earlierDay).toBe('2024-12-31');
  });

  it('shows the first articles of a day of 500, in archive order, and keeps its count', () => {
    const archive = [...day('2020-03-10', 12), ...day('2020-03-11', 500), ...day('2020-03-12', 3)];
    const { days, earlierDay } = latestDays(archive, dateOf, { days: 7, perDay: 10 });
    expect(shape(days)).toEqual([
      ['2020-03-12', 3, 3],
      ['2020-03-11', 500, 10],
      ['2020-03-10', 12, 10],
    ]);
    expect(days[1]!.items).toEqual(day('2020-03-11', 10));
    expect(earlierDay).toBeUndefined();
  });

  it('never holds more than days × perDay articles, however crowded the days', () => {
    const archive = Array.from({ length: 30 }, (_, index) =>
      day(`2025-01-${String(index + 1).padStart(2, '0')}`, 500),
    ).flat();
    const { days, earlierDay } = latestDays(archive, dateOf);
    expect(days).toHaveLength(7);
    expect(days.flatMap(({ items }) => items)).toHaveLength(70);
    expect(days.every(({ total }) => total === 500)).toBe(true);
    expect(earlierDay).toBe('2025-01-23');
  });

  it('shows every day of an archive with fewer days than asked for', () => {
    const { days, earlierDay } = latestDays(['2025-11-19', '2025-11-22'], (d) => d);
    expect(days).toEqual([
      { day: '2025-11-22', total: 1, items: ['2025-11-22'] },
      { day: '2025-11-19', total: 1, items: ['2025-11-19'] },
    ]);
    expect(earlierDay).toBeUndefined();
  });

  it('shows nothing of an empty archive', () => {
    expect(latestDays([], dateOf)).toEqual({ days: [], earlierDay: undefined });
  });
});
