import { describe, expect, it } from 'vitest';
import { BAR_STEPS } from '../../../../src/lib/timeline/bars.ts';
import {
  monthCalendar,
  WEEKDAYS,
  type CalendarWeek,
} from '../../../../src/lib/timeline/calendar.ts';

/** Each week as day numbers, with '' for the blank cells. */
const numbers = (weeks: CalendarWeek[]) =>
  weeks.map((week) => week.map((cell) => (cell ? Number(cell.day.slice(8)) : '')));

describe('monthCalendar', () => {
  it('starts weeks on Monday', () => {
    expect(WEEKDAYS[0]).toEqual({ name: 'Monday', short: 'Mon' });
    expect(WEEKDAYS).toHaveLength(7);
  });

  it('lays out February of a leap year, starting on a Saturday, with 29 days', () => {
    // 1 February 2020 was a Saturday.
    expect(numbers(monthCalendar('2020-02', new Map()))).toEqual([
      ['', '', '', '', '', 1, 2],
      [3, 4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14, 15, 16],
      [17, 18, 19, 20, 21, 22, 23],
      [24, 25, 26, 27, 28, 29, ''],
    ]);
  });

  it('fills exactly four rows for a 28-day February starting on a Monday', () => {
    // 1 February 2021 was a Monday.
    const weeks = monthCalendar('2021-02', new Map());
    expect(numbers(weeks)).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
    ]);
  });

  it('puts a month starting on a Sunday in the last column and spans six weeks when 31 days need it', () => {
    // 1 March 2020 was a Sunday.
    const weeks = monthCalendar('2020-03', new Map());
    expect(weeks).toHaveLength(6);
    expect(numbers(weeks)[0]).toEqual(['', '', '', '', '', '', 1]);
    expect(numbers(weeks)[5]).toEqual([30, 31, '', '', '', '', '']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('knows the Gregorian leap years: 1900 had no 29 February, 2000 had one', () => {
    expect(monthCalendar('1900-02', new Map()).flat().filter(Boolean)).toHaveLength(28);
    expect(monthCalendar('2000-02', new Map()).flat().filter(Boolean)).toHaveLength(29);
  });

  it('gives each day its count and a bar beside the busiest day, and 0 to days without articles', () => {
    const counts = new Map([
      ['2020-03', 503],
      ['2020-03-11', 500],
      ['2020-03-31', 3],
      ['2020-04-01', 7],
    ]);
    const days = monthCalendar('2020-03', counts)
      .flat()
      .filter((cell) => cell !== undefined);
    expect(days.find((cell) => cell.day === '2020-03-11')).toEqual({
      day: '2020-03-11',
      count: 500,
      step: BAR_STEPS,
    });
    // A day of 3 beside one of 500 still has the shortest bar; a day of none has none.
    expect(days.at(-1)).toEqual({ day: '2020-03-31', count: 3, step: 1 });
    expect(days[0]).toEqual({ day: '2020-03-01', count: 0, step: 0 });
    expect(days.filter((cell) => cell.count > 0).map((cell) => cell.day)).toEqual([
      '2020-03-11',
      '2020-03-31',
    ]);
  });

  it('handles years before 100, which Date.UTC would misread', () => {
    // 1 January of the year 1 was a Monday in the proleptic Gregorian calendar.
    expect(numbers(monthCalendar('0001-01', new Map()))[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
