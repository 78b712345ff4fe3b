import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../../src/lib/body/render-body.ts';
import { parseSeed } from '../../../../src/lib/seed/parse-seed.ts';
import type { Block } from '../../../../src/lib/seed/types.ts';
import { SEED_FILES, seedText } from '../../seeds.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, line: 1 });
const heading = (text: string): Block => ({ kind: 'heading', text, line: 1 });

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
