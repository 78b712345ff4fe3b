import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlErrors } from '../html-checker.ts';
import { articlePages, build, ROOT, scratch, type Run } from './run.ts';

/**
 * The wire fixture built as a site: its earnings and price tables must read
 * as rows on their pages, and its slug lines as what they are.
 */
const WIRE = join(ROOT, 'tests/fixtures/wire');
const { dir, remove } = scratch('wire-tables-');
const out = join(dir, 'site');

/** The lead of gulf-1.txt, under its slug line MIDEAST GULF. */
const GULF_LEAD = 'Iraq said its warplanes hit two large ships';

let run: Run;
let pages: string[] = [];

beforeAll(async () => {
  run = await build({ ARCHIVE_SEEDS: WIRE, ARCHIVE_OUT: out });
  pages = run.status === 0 ? articlePages(out) : [];
}, 600_000);
afterAll(remove);

/** The body of the page built from a fixture file, found by a line only that file has. */
function pageWith(line: string): { page: string; html: string } {
  const found = pages
    .map((page) => {
      const html = readFileSync(join(out, page, 'index.html'), 'utf8');
      return { page, html: /<div class="article__body"[^>]*>(.*?)<\/div>/su.exec(html)?.[1] ?? '' };
    })
    .filter(({ html }) => html.includes(line));
  expect(found.map(({ page }) => page)).toHaveLength(1);
  return found[0]!;
}

/** The lines of a fixture file's body below its slug line, as written. */
function rowsOf(file: string): string[] {
  const lines = readFileSync(join(WIRE, file), 'utf8').split('\n').slice(1);
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(1);
}

/** Each row of the page's table as the text of its cells, separated by a space. */
function tableRows(html: string): string[] {
  const table = /<table class="figures"[^>]*>(.*?)<\/table>/su.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gsu)].map(([, row]) =>
    [...row!.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/gu)]
      .map(([, cell]) => cell)
      .filter(Boolean)
      .join(' '),
  );
}

describe('the wire fixture’s tables and slug lines on their pages', () => {
  it('builds', () => {
    expect(run.output).toContain('done');
    expect(run.status).toBe(0);
  });

  it('shows an earnings table as one row per line, labels as row headers, in one table', () => {
    const { html } = pageWith('HARTWELL INDUSTRIES INC 4TH QTR NET');
    expect(html.match(/<table class="figures"/gu)).toHaveLength(1);
    expect(tableRows(html)).toEqual(rowsOf('earnings-hartwell.txt'));
    expect(html).toContain(
      '<tr><th scope="row">Shr loss</th><td>12 cts vs profit 37 cts</td></tr>',
    );
  });

  it('shows the note under a table as its caption', () => {
    const { html } = pageWith('GRANGER BROTHERS INC');
    const rows = rowsOf('earnings-granger.txt');
    expect(tableRows(html)).toEqual(rows.slice(0, -1));
    expect(html).toContain(`<caption>${rows.at(-1)!}</caption>`);
  });

  it('shows a slug line as a kicker above the text, not as a heading', () => {
    const { html } = pageWith(GULF_LEAD);
    expect(html).toMatch(
      /<p dir="auto" class="slug-line">MIDEAST GULF<\/p>\s*<p dir="auto">Iraq said its warplanes/u,
    );
    expect(html).not.toMatch(/<h2[^>]*>MIDEAST GULF/u);
  });

  it('writes pages with tables and slug lines as valid HTML', () => {
    const files = [
      'HARTWELL INDUSTRIES INC 4TH QTR NET',
      'GRANGER BROTHERS INC',
      'CHICAGO GRAIN FUTURES',
      GULF_LEAD,
    ].map((line) => `${pageWith(line).page}/index.html`);
    expect(htmlErrors(out, files)).toEqual([]);
  });
});
