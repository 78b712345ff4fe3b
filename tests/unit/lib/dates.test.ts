import { describe, expect, it } from 'vitest';
import {
  dayParts,
  daysInMonth,
  formatDate,
  monthDays,
  periodStyle,
  utcDate,
} from '../../../src/lib/dates.ts';

describe('dates', () => {
  it('splits a day into its parts', () => {
    expect(dayParts('2025-11-22')).toEqual({ year: '2025', month: '11', day: '22' });
    expect(() => dayParts('2025-11')).toThrow(RangeError);
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 13)).toBe(0);
  });

  it('lists every day of a month', () => {
    expect(monthDays('2024-02')).toHaveLength(29);
    expect(monthDays('2024-02').slice(0, 2)).toEqual(['2024-02-01', '2024-02-02']);
    expect(monthDays('0044-03').at(-1)).toBe('0044-03-31');
  });

  it('builds midnight UTC, also for years before 100', () => {
    expect(utcDate('2025-11-22').toISOString()).toBe('2025-11-22T00:00:00.000Z');
    expect(utcDate('0044-03-15').getUTCFullYear()).toBe(44);
  });

  it('formats days, months and years in UTC, whatever the local zone', () => {
    expect(formatDate('2025-11-22')).toBe('22 November 2025');
    expect(formatDate('2025-11-22', 'weekday')).toBe('Saturday, 22 November 2025');
    expect(formatDate('2025-11')).toBe('November 2025');
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate('1066-10-14')).toBe('14 October 1066');
    expect(formatDate('2025-11-02', 'dayOfMonth')).toBe('2');
    expect(formatDate('2025-11', 'monthOfYear')).toBe('November');
  });

  it('names the style of a period by its length', () => {
    expect([periodStyle('2025'), periodStyle('2025-11'), periodStyle('2025-11-22')]).toEqual([
      'year',
      'month',
      'day',
    ]);
  });
});
