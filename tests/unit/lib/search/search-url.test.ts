import { describe, expect, it } from 'vitest';
import {
  checkDateRange,
  dateRange,
  isDay,
  readSearchUrl,
  scopeNote,
  searchQuery,
} from '../../../../src/lib/search/search-url.ts';

const EMPTY = { q: '', sort: '', story: '', from: '', to: '' } as const;

describe('isDay', () => {
  it('accepts real calendar days written YYYY-MM-DD', () => {
    expect(['1987-03-01', '1988-02-29', '2000-02-29', '0001-01-01'].map(isDay)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses days that do not exist and other spellings', () => {
    expect(
      [
        '1987-02-29',
        '1900-02-29',
        '1987-13-01',
        '1987-04-31',
        '0000-01-01',
        '1987-3-1',
        '1987',
      ].map(isDay),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('readSearchUrl', () => {
  it('reads the query, order, story and dates', () => {
    expect(
      readSearchUrl('?q=+cocoa+&sort=desc&story=Gulf+tankers&from=1987-03-01&to=1987-04-30'),
    ).toEqual({
      state: {
        q: 'cocoa',
        sort: 'desc',
        story: 'Gulf tankers',
        from: '1987-03-01',
        to: '1987-04-30',
      },
      notes: [],
    });
  });

  it('ignores an unknown order and an empty address', () => {
    expect(readSearchUrl('?sort=sideways')).toEqual({ state: EMPTY, notes: [] });
    expect(readSearchUrl('')).toEqual({ state: EMPTY, notes: [] });
  });

  it('ignores a date that is not a day, says so, and keeps the other', () => {
    const { state, notes } = readSearchUrl('?q=cocoa&from=1987-02-30&to=1987-04-30');
    expect(state).toEqual({ ...EMPTY, q: 'cocoa', to: '1987-04-30' });
    expect(notes).toEqual([
      '“1987-02-30” is not a valid start date (a day written YYYY-MM-DD), so it is ignored.',
    ]);
  });

  it('ignores an end before the start, and says so with both dates', () => {
    const { state, notes } = readSearchUrl('?from=1987-03-01&to=1987-02-01');
    expect(state).toEqual({ ...EMPTY, from: '1987-03-01' });
    expect(notes).toEqual([
      'The end date, 1 February 1987, is before the start date, 1 March 1987, so it is ignored.',
    ]);
  });
});

describe('checkDateRange', () => {
  it('takes a range of one day', () => {
    expect(checkDateRange('1987-03-01', '1987-03-01')).toEqual({
      dates: { from: '1987-03-01', to: '1987-03-01' },
      notes: [],
    });
  });
});

describe('dateRange', () => {
  it('leaves an open end out of the engine range', () => {
    expect(dateRange({ from: '1987-03-01', to: '' })).toEqual({ from: '1987-03-01' });
    expect(dateRange({ from: '', to: '1987-04-30' })).toEqual({ to: '1987-04-30' });
    expect(dateRange({ from: '', to: '' })).toEqual({});
  });
});

describe('searchQuery', () => {
  it('writes what readSearchUrl reads back', () => {
    const state = {
      q: 'coffee quota',
      sort: 'asc',
      story: 'Gulf tankers',
      from: '1987-03-01',
      to: '1987-04-30',
    } as const;
    expect(readSearchUrl(searchQuery(state)).state).toEqual(state);
  });

  it('leaves out what is empty, and is empty for an empty page', () => {
    expect(searchQuery({ ...EMPTY, q: 'cocoa', to: '1987-04-30' })).toBe('?q=cocoa&to=1987-04-30');
    expect(searchQuery(EMPTY)).toBe('');
  });
});

describe('scopeNote', () => {
  it('says what the search is limited to', () => {
    expect(scopeNote({ ...EMPTY, story: 'Gulf tankers' })).toBe(
      'Searching within the story “Gulf tankers”.',
    );
    expect(scopeNote({ ...EMPTY, from: '1987-03-01', to: '1987-04-30' })).toBe(
      'Searching from 1 March 1987 to 30 April 1987.',
    );
    expect(scopeNote({ ...EMPTY, to: '1987-04-30' })).toBe('Searching up to 30 April 1987.');
    expect(scopeNote({ ...EMPTY, story: 'Gulf tankers', from: '1987-03-01' })).toBe(
      'Searching within the story “Gulf tankers”, from 1 March 1987.',
    );
  });

  it('is empty for a search of the whole archive', () => {
    expect(scopeNote(EMPTY)).toBe('');
  });
});
