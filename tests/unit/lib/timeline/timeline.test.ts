import { describe, expect, it } from 'vitest';
import { compareChronological } from '../../../../src/lib/timeline/chronology.ts';
import {
  childPeriods,
  countsOf,
  countsWithin,
  dayOf,
  groupRuns,
  monthOf,
  periodCounts,
  periodGroups,
  periodTrail,
  yearOf,
} from '../../../../src/lib/timeline/group.ts';
import { listingPages, yearListings } from '../../../../src/lib/timeline/listing.ts';
import { paginate } from '../../../../src/lib/timeline/paginate.ts';

const item = (date: string, sourceFile = `${date}.txt`) => ({ date, sourceFile });

describe('compareChronological', () => {
  it('orders by day, then by source file name', () => {
    const items = [
      item('2025-11-22', 'b.txt'),
      item('1999-01-01'),
      item('2025-11-22', 'a.txt'),
      item('2025-11-19'),
    ];
    expect(items.toSorted(compareChronological).map((i) => `${i.date} ${i.sourceFile}`)).toEqual([
      '1999-01-01 1999-01-01.txt',
      '2025-11-19 2025-11-19.txt',
      '2025-11-22 a.txt',
      '2025-11-22 b.txt',
    ]);
  });

  it('compares file names by code point, not locale', () => {
    expect(compareChronological(item('2025-01-01', 'Z.txt'), item('2025-01-01', 'a.txt'))).toBe(-1);
  });
});

describe('groupRuns', () => {
  const dates = ['2024-12-31', '2025-01-01', '2025-01-01', '2025-02-03'];

  it('groups sorted days by year, month and day', () => {
    expect(groupRuns(dates, yearOf).map((g) => [g.key, g.items.length])).toEqual([
      ['2024', 1],
      ['2025', 3],
    ]);
    expect(groupRuns(dates, monthOf).map((g) => [g.key, g.items.length])).toEqual([
      ['2024-12', 1],
      ['2025-01', 2],
      ['2025-02', 1],
    ]);
    expect(groupRuns(dates, dayOf).map((g) => g.key)).toEqual([
      '2024-12-31',
      '2025-01-01',
      '2025-02-03',
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(groupRuns([], yearOf)).toEqual([]);
  });
});

describe('periodTrail', () => {
  it('lists the year, month and day a period is part of, widest first, ending with itself', () => {
    expect(periodTrail('2025-11-22')).toEqual(['2025', '2025-11', '2025-11-22']);
    expect(periodTrail('2025-11')).toEqual(['2025', '2025-11']);
    expect(periodTrail('2025')).toEqual(['2025']);
  });
});

describe('periodGroups', () => {
  const dates = ['2025-01-01', '2025-01-01', '2025-01-02'];

  it('gives each group the count of its whole period', () => {
    const counts = new Map([
      ['2025-01-01', 250],
      ['2025-01-02', 1],
    ]);
    expect(periodGroups(dates, dayOf, counts).map((g) => [g.key, g.items.length, g.total])).toEqual(
      [
        ['2025-01-01', 2, 250],
        ['2025-01-02', 1, 1],
      ],
    );
  });

  it('counts the items of a period the counts leave out', () => {
    expect(periodGroups(dates, monthOf, new Map()).map((g) => g.total)).toEqual([3]);
  });
});

describe('periodCounts and childPeriods', () => {
  const counts = periodCounts(['2024-12-31', '2025-01-01', '2025-01-01', '2025-02-03']);

  it('counts articles per year, month and day', () => {
    expect(counts.get('2025')).toBe(3);
    expect(counts.get('2025-01')).toBe(2);
    expect(counts.get('2025-01-01')).toBe(2);
  });

  it('lists the periods one level down, in order', () => {
    expect(childPeriods(counts, '')).toEqual([
      ['2024', 1],
      ['2025', 3],
    ]);
    expect(childPeriods(counts, '2025')).toEqual([
      ['2025-01', 2],
      ['2025-02', 1],
    ]);
    expect(childPeriods(counts, '2025-01')).toEqual([['2025-01-01', 2]]);
  });

  it('keeps, for a page of one period, the counts of that period and those within it', () => {
    expect([...countsWithin(counts, '2025-01')]).toEqual([
      ['2025-01', 2],
      ['2025-01-01', 2],
    ]);
    expect([...countsWithin(counts, '2024').keys()]).toEqual(['2024', '2024-12', '2024-12-31']);
  });

  it('keeps the counts of the days asked for, those that have one', () => {
    expect([...countsOf(counts, ['2025-02-03', '2025-01-01', '2025-01-01', '2023-05-05'])]).toEqual(
      [
        ['2025-02-03', 1],
        ['2025-01-01', 2],
      ],
    );
  });
});

describe('paginate', () => {
  it('splits into pages of at most the given size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('has one empty page for nothing', () => {
    expect(paginate([], 2)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('keeps every page of a 100,000-item listing within 200 items', () => {
    const pages = paginate(Array.from({ length: 100_000 }, (_, i) => i));
    expect(pages).toHaveLength(500);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(200);
  });
});

describe('listingPages', () => {
  it('paginates each period and links it to its neighbours', () => {
    const dates = ['2025-01-01', '2025-01-01', '2025-01-01', '2025-03-05'];
    const pages = listingPages(dates, monthOf, 2);
    expect(pages.map((p) => [p.key, p.page.number, p.page.count, p.previous, p.next])).toEqual([
      ['2025-01', 1, 2, undefined, '2025-03'],
      ['2025-01', 2, 2, undefined, '2025-03'],
      ['2025-03', 1, 1, '2025-01', undefined],
    ]);
  });

  it('handles a day with 500 articles in three pages', () => {
    const pages = listingPages(
      Array.from({ length: 500 }, () => '2025-01-01'),
      dayOf,
    );
    expect(pages.map((p) => p.page.items.length)).toEqual([200, 200, 100]);
  });
});

describe('yearListings', () => {
  it('makes one page for each year, linked to its neighbours', () => {
    const listings = yearListings(periodCounts(['1999-05-01', '2024-12-31', '2025-01-01']));
    expect(listings.map((l) => [l.key, l.previous, l.next, l.page.number, l.page.count])).toEqual([
      ['1999', undefined, '2024', 1, 1],
      ['2024', '1999', '2025', 1, 1],
      ['2025', '2024', undefined, 1, 1],
    ]);
  });

  it('has none for an empty archive', () => {
    expect(yearListings(new Map())).toEqual([]);
  });
});
