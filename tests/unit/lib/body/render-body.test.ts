import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../../src/lib/body/render-body.ts';
import { parseSeed } from '../../../../src/lib/seed/parse-seed.ts';
import { SEED_FILES, seedText } from '../../seeds.ts';
import { heading, paragraph, slugLine, table } from '../../blocks.ts';

describe('renderBody', () => {
  it('renders paragraphs and h2 headings with slug ids', async () => {
    const { html, headings } = await renderBody([
      paragraph('Lead.'),
      heading('A Surprising 28-Point Plan'),
      paragraph('Text.'),
    ]);
    expect(html).toBe(
      '<p dir="auto">Lead.</p>\n<h2 dir="auto" id="a-surprising-28-point-plan">A Surprising 28-Point Plan</h2>\n<p dir="auto">Text.</p>',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'a-surprising-28-point-plan', text: 'A Surprising 28-Point Plan' },
    ]);
  });

  it('gives repeated headings distinct ids', async () => {
    const { headings } = await renderBody([
      paragraph('a'),
      heading('Update'),
      paragraph('b'),
      heading('Update'),
      paragraph('c'),
    ]);
    expect(headings.map((h) => h.slug)).toEqual(['update', 'update-1']);
  });

  it('renders markup and Markdown in the text as the characters they are', async () => {
    const hostile =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [a link](javascript:alert(1)) # not a heading *stars* `code` --- | table | &amp; {{ braces }} ${dollar}';
    const { html } = await renderBody([paragraph(hostile)]);
    expect(html).not.toMatch(/<(script|img|a|em|code|hr|table)\b/u);
    const text = html
      .replace(/^<p dir="auto">|<\/p>$/gu, '')
      .replaceAll('&#x3C;', '<')
      .replaceAll('&#x26;', '&');
    expect(text).toBe(hostile);
  });

  it('renders a table with a row for each line: its label as the row header, its figures beside it', async () => {
    const { html, headings } = await renderBody([
      table(['Shr loss 12 cts vs profit 37 cts', 'Nine mths', 'Revs 171.3 mln vs 160.8 mln']),
    ]);
    expect(html).toBe(
      '<table class="figures" dir="auto"><tbody>' +
        '<tr><th scope="row">Shr loss</th><td>12 cts vs profit 37 cts</td></tr>' +
        '<tr><td class="figures__label" colspan="2">Nine mths</td></tr>' +
        '<tr><th scope="row">Revs</th><td>171.3 mln vs 160.8 mln</td></tr>' +
        '</tbody></table>',
    );
    expect(headings).toEqual([]);
  });

  it('renders the note under a table as its caption, and a row of figures alone without a header', async () => {
    const { html } = await renderBody([
      table(['12.5 pct vs 11.0 pct'], 'NOTE: Prior year restated.'),
    ]);
    expect(html).toBe(
      '<table class="figures" dir="auto"><caption>NOTE: Prior year restated.</caption><tbody>' +
        '<tr><td></td><td>12.5 pct vs 11.0 pct</td></tr></tbody></table>',
    );
  });

  it('renders a slug line as a kicker paragraph, not as a heading', async () => {
    const { html, headings } = await renderBody([
      slugLine('MIDEAST GULF'),
      paragraph('Iraq said its warplanes hit two ships.'),
    ]);
    expect(html).toBe(
      '<p dir="auto" class="slug-line">MIDEAST GULF</p>\n<p dir="auto">Iraq said its warplanes hit two ships.</p>',
    );
    expect(headings).toEqual([]);
  });

  it('renders markup in a table row as the characters it is', async () => {
    const { html } = await renderBody([
      table(['<b>Shr</b> 12 cts <script>alert(1)</script>'], '<img src=x onerror=alert(1)>'),
    ]);
    expect(html).not.toMatch(/<(b|script|img)\b/u);
    expect(html).toContain('<th scope="row">&#x3C;b>Shr&#x3C;/b></th>');
  });

  it('renders the four sections of the 2025-11-22 seed', async () => {
    const parsed = parseSeed(seedText(SEED_FILES.nov22), SEED_FILES.nov22);
    if (!parsed.ok) throw new Error('seed did not parse');
    const { headings } = await renderBody(parsed.article.blocks);
    expect(headings.map((h) => h.slug)).toEqual([
      'a-surprising-28-point-plan',
      'guarantees-and-economic-incentives',
      'disputes-over-rubios-role',
      'russian-demands-in-the-plan',
    ]);
  });
});
