import {
  builtPages,
  FIRST_ROUND_TRIP_BYTES,
  TWO_ROUND_TRIPS_BYTES,
  type PageKind,
} from '../../scripts/bench/pages.ts';
import { CORPUS_ARTICLES } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

const BUDGET: Record<PageKind, number> = {
  article: FIRST_ROUND_TRIP_BYTES,
  year: FIRST_ROUND_TRIP_BYTES,
  'entity index': FIRST_ROUND_TRIP_BYTES,
  search: FIRST_ROUND_TRIP_BYTES,
  '404': FIRST_ROUND_TRIP_BYTES,
  timeline: TWO_ROUND_TRIPS_BYTES,
  month: TWO_ROUND_TRIPS_BYTES,
  day: TWO_ROUND_TRIPS_BYTES,
  entity: TWO_ROUND_TRIPS_BYTES,
  'story index': TWO_ROUND_TRIPS_BYTES,
  story: TWO_ROUND_TRIPS_BYTES,
};

/** Every page of a built archive over its kind's budget; and how many pages of each kind there are. */
function overBudget(dist: URL): { over: string[]; kinds: Record<string, number> } {
  const over: string[] = [];
  const kinds: Record<string, number> = {};
  for (const { file, kind, html, css } of builtPages(dist)) {
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (html + css > BUDGET[kind])
      over.push(`${file} (${kind}): ${html} B of HTML and ${css} B of CSS, over ${BUDGET[kind]} B`);
  }
  return { over, kinds };
}

test.describe('page weight, HTML and stylesheets gzip-compressed', () => {
  test('every page of the seed archive is within its budget: an article arrives in the first round trip', () => {
    const { over, kinds } = overBudget(new URL('../../dist/', import.meta.url));
    expect(kinds['article']).toBe(2);
    expect(over).toEqual([]);
  });

  test('every page of the generated archive is within its budget, each of its articles in the first round trip', () => {
    const { over, kinds } = overBudget(new URL('../../dist-fixtures/corpus/', import.meta.url));
    expect(kinds['article']).toBe(CORPUS_ARTICLES);
    expect(Object.keys(kinds).sort()).toEqual(Object.keys(BUDGET).sort());
    expect(over).toEqual([]);
  });
});
