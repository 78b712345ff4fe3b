import { describe, expect, it } from 'vitest';
import { indexByMonthDay, onThisDay } from '../../../../src/lib/timeline/on-this-day.ts';

/** Sorted dates stand for articles: each item is its own date, with a suffix to tell same-day items apart. */
const index = (items: string[]) => indexByMonthDay(items, (item) => item.slice(0, 10));

describe('onThisDay', () => {
  it('lists the same month and day in other years, nearest first, earlier first at the same distance', () => {
    const archive = index([
      '2018-05-04',
      '2019-05-04',
      '2019-05-05',
      '2020-05-04',
      '2021-05-04',
      '2021-06-04',
      '2024-05-04',
    ]);
    expect(onThisDay(archive, '2020-05-04').items).toEqual([
      '2019-05-04',
      '2021-05-04',
      '2018-05-04',
      '2024-05-04',
    ]);
  });

  it('leaves out articles of the same day in the same year', () => {
    const archive = index(['2019-05-04 a', '2020-05-04 a', '2020-05-04 b']);
    expect(onThisDay(archive, '2020-05-04')).toEqual({ items: ['2019-05-04 a'], more: [] });
  });

  it('finds nothing when no other year has that day', () => {
    const archive = index(['2025-11-19', '2025-11-22', '2024-11-21']);
    expect(onThisDay(archive, '2025-11-22')).toEqual({ items: [], more: [] });
    expect(onThisDay(archive, '2025-11-19')).toEqual({ items: [], more: [] });
  });

  it('matches 29 February only with 29 February of other leap years', () => {
    const archive = index([
      '2015-03-01',
      '2016-02-29',
      '2019-02-28',
      '2019-03-01',
      '2020-02-29',
      '2024-02-29',
    ]);
    expect(onThisDay(archive, '2020-02-29').items).toEqual(['2016-02-29', '2024-02-29']);
    expect(onThisDay(archive, '2019-03-01').items).toEqual(['2015-03-01']);
  });

  it('shows at most the cap, and names the days whose articles it leaves out', () => {
    const crowded = Array.from({ length: 8 }, (_, i) => `2010-07-01 ${i}`);
    const archive = index([
      '2008-07-01',
      ...crowded,
      '2011-07-01',
      '2012-07-01',
      '2013-07-01 a',
      '2013-07-01 b',
    ]);
    const found = onThisDay(archive, '2012-07-01', 5);
    expect(found.items).toEqual([
      '2011-07-01',
      '2013-07-01 a',
      '2013-07-01 b',
      '2010-07-01 0',
      '2010-07-01 1',
    ]);
    expect(found.more).toEqual([
      { key: '2010-07-01', count: 8 },
      { key: '2008-07-01', count: 1 },
    ]);
  });

  it('works for a date the index does not hold, and at either end of the archive', () => {
    const archive = index(['2001-01-01', '2002-01-01', '2003-01-01']);
    expect(onThisDay(archive, '2000-01-01').items).toEqual([
      '2001-01-01',
      '2002-01-01',
      '2003-01-01',
    ]);
    expect(onThisDay(archive, '2004-01-01').items).toEqual([
      '2003-01-01',
      '2002-01-01',
      '2001-01-01',
    ]);
    expect(onThisDay(archive, '2002-01-01').items).toEqual(['2001-01-01', '2003-01-01']);
    expect(onThisDay(archive, '2002-06-01').items).toEqual([]);
  });

  it('reads each date once to index 20,000 articles, and answers from the index alone', () => {
    const dates = Array.from({ length: 20_000 }, (_, i) =>
      new Date(Date.UTC(1985, 0, 1) + Math.floor(i / 7) * 86_400_000).toISOString().slice(0, 10),
    );
    let reads = 0;
    const archive = indexByMonthDay(dates, (date) => {
      reads++;
      return date;
    });
    expect(reads).toBe(dates.length);
    let shown = 0;
    for (const date of dates) shown += onThisDay(archive, date).items.length;
    expect(reads).toBe(dates.length);
    // Seven articles a day: every day after the first year has five in other years.
    expect(shown).toBeGreaterThan(5 * (dates.length - 7 * 366));
  });
});
