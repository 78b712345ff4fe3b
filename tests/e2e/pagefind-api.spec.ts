import { CORPUS_ARTICLES, CORPUS_URL } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';
import { openBesideSingleIndex, serveOwnPage, SINGLE_INDEX_PATH } from './single-index.ts';

test.use({ baseURL: CORPUS_URL });

/**
 * A reader's or integrator's own script, as Pagefind's documentation
 * (https://pagefind.app/docs/api/) writes one: it imports the site's search
 * module and uses only the documented API, then shows what it got.
 */
const OWN_SCRIPT = `
const output = document.querySelector('output');
try {
const pf = await import('/pagefind/pagefind.js');
await pf.options({ excerptLength: 20 });
await pf.init();
const everything = await pf.search('the');
const okafor = await pf.search('Okafor');
const first = await okafor.results[0].data();
const in1999 = await pf.search('Okafor', { filters: { year: '1999' } });
const newest = await pf.search('Okafor', { sort: { date: 'desc' } });
await pf.preload('minis');
const superseded = pf.debouncedSearch('minis');
const debounced = await pf.debouncedSearch('minister');
const minister = await pf.search('minister');
const dates = async (response, count) =>
  Promise.all(response.results.slice(0, count).map(async (result) => (await result.data()).meta.date));
output.textContent = JSON.stringify({
  everything: everything.results.length,
  okafor: { results: okafor.results.length, unfiltered: okafor.unfilteredResultCount },
  first,
  in1999: { results: in1999.results.length, unfiltered: in1999.unfilteredResultCount, dates: await dates(in1999, 100) },
  newest: await dates(newest, 20),
  superseded: await superseded,
  debounced: debounced.results.length,
  minister: minister.results.length,
  filters: await pf.filters(),
});
} catch (error) {
  output.textContent = JSON.stringify({ error: String(error) });
}
`;

test("a page's own script searches the whole archive through Pagefind's documented API", async ({
  page,
}) => {
  await serveOwnPage(
    page,
    '/own-search.html',
    '<!doctype html><title>Own search</title><output></output><script type="module" src="/own-search.js"></script>',
  );
  await page.route(`${CORPUS_URL}/own-search.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: OWN_SCRIPT }),
  );
  await page.goto('/own-search.html');
  await expect(page.locator('output')).not.toBeEmpty();
  const got = JSON.parse(await page.locator('output').innerText()) as {
    error?: string;
    everything: number;
    okafor: { results: number; unfiltered: number };
    first: { url: string; excerpt: string; meta: Record<string, string> };
    in1999: { results: number; unfiltered: number; dates: string[] };
    newest: string[];
    superseded: unknown;
    debounced: number;
    minister: number;
    filters: Record<string, Record<string, number>>;
  };

  expect(got.error).toBeUndefined();
  // "the" is in every generated article: every one is found, not a shard's.
  expect(got.everything).toBe(CORPUS_ARTICLES);
  expect(got.okafor.results).toBe(got.okafor.unfiltered);
  expect(got.first.url).toMatch(/^\//u);
  expect(got.first.meta['title']).toBeTruthy();
  expect(got.first.meta['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  expect(got.first.excerpt).toContain('<mark>');
  expect(got.in1999.unfiltered).toBe(got.okafor.results);
  expect(got.in1999.results).toBeGreaterThan(0);
  expect(got.in1999.results).toBeLessThan(got.okafor.results);
  expect(got.in1999.dates.every((date) => date.startsWith('1999-'))).toBe(true);
  expect(got.newest).toEqual(got.newest.toSorted().reverse());
  // A debounced search overtaken by the next resolves to null, as documented.
  expect(got.superseded).toBeNull();
  expect(got.debounced).toBe(got.minister);
  for (const name of ['year', 'month'])
    expect(Object.values(got.filters[name] ?? {}).reduce((sum, count) => sum + count, 0)).toBe(
      CORPUS_ARTICLES,
    );
});

test("Pagefind's Default UI, taken from Pagefind's own bundle, searches the archive's bundle", async ({
  page,
}) => {
  // The site's bundle keeps only the Component UI (src/search-index/pagefind.ts): the Default UI comes from a Pagefind bundle of the same pages.
  const removeIndex = await openBesideSingleIndex(
    page,
    '/default-ui.html',
    `<!doctype html><title>Default UI</title><link rel="stylesheet" href="${SINGLE_INDEX_PATH}pagefind-ui.css"><div id="search"></div><script src="${SINGLE_INDEX_PATH}pagefind-ui.js"></script><script>new PagefindUI({ element: '#search', bundlePath: '/pagefind/' });</script>`,
  );
  try {
    const reference = await page.evaluate(async (path) => {
      const pagefind = (await import(path)) as {
        search(term: string): Promise<{ results: unknown[] }>;
      };
      return (await pagefind.search('Okafor')).results.length;
    }, `${SINGLE_INDEX_PATH}pagefind.js`);
    await page.locator('.pagefind-ui__search-input').fill('Okafor');
    await expect(page.locator('.pagefind-ui__message')).toHaveText(
      `${reference} results for Okafor`,
    );
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /^\//u);
  } finally {
    await removeIndex();
  }
});
