import { describe, expect, it } from 'vitest';
import { pageNav } from '../../../../src/lib/timeline/page-nav.ts';

/** The numbered links as text: `…` before a gap, `[n]` for the current page. */
const links = (current: number, count: number) =>
  pageNav(current, count)?.pages.map(
    (page) => `${page.afterGap ? '…' : ''}${page.current ? `[${page.number}]` : page.number}`,
  );

describe('pageNav', () => {
  it('links every page of a short listing', () => {
    expect(links(2, 4)).toEqual(['1', '[2]', '3', '4']);
  });

  it('links the first, the last and two pages either side of the current one, with gaps between', () => {
    expect(links(10, 20)).toEqual(['1', '…8', '9', '[10]', '11', '12', '…20']);
    expect(links(1, 20)).toEqual(['[1]', '2', '3', '…20']);
    expect(links(20, 20)).toEqual(['1', '…18', '19', '[20]']);
    expect(links(4, 20)).toEqual(['1', '2', '3', '[4]', '5', '6', '…20']);
  });

  it('links the previous and next pages where there are some', () => {
    expect(pageNav(1, 3)).toMatchObject({ previous: undefined, next: 2 });
    expect(pageNav(2, 3)).toMatchObject({ previous: 1, next: 3 });
    expect(pageNav(3, 3)).toMatchObject({ previous: 2, next: undefined });
  });

  it('has nothing for a listing of one page', () => {
    expect(pageNav(1, 1)).toBeUndefined();
  });
});
