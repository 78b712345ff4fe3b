import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../../../src/lib/seed/parse-seed.ts';
import {
  formatSeedError,
  type Article,
  type ParseResult,
  type SeedError,
} from '../../../../src/lib/seed/types.ts';
import { SEED_FILES, seedText } from '../../seeds.ts';

function article(result: ParseResult): Article {
  if (!result.ok) throw new Error(`expected an article, got ${JSON.stringify(result.error)}`);
  return result.article;
}

function error(result: ParseResult): SeedError {
  if (result.ok) throw new Error('expected an error, got an article');
  return result.error;
}

const paragraphs = (a: Article) =>
  a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const headings = (a: Article) => a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

describe('parseSeed on the seeds', () => {
  const nov22 = article(parseSeed(seedText(SEED_FILES.nov22), SEED_FILES.nov22));
  const nov19 = article(parseSeed(seedText(SEED_FILES.nov19), SEED_FILES.nov19));

  it('reads the exact date from the header', () => {
    expect(nov22.date).toBe('2025-11-22');
    expect(nov19.date).toBe('2025-11-19');
  });

  it('splits the body into its paragraphs', () => {
    expect(paragraphs(nov22)).toHaveLength(14);
    expect(paragraphs(nov19)).toHaveLength(15);
  });

  it('starts the body with the text on the header line', () => {
    expect(paragraphs(nov22)[0]).toMatch(
      /^The Axios website revealed that President Donald Trump's plan/,
    );
    expect(paragraphs(nov19)[0]).toMatch(/^The Trump administration has been “secretly” working/);
  });

  it('finds the four section headings of the 2025-11-22 seed, in order', () => {
    expect(headings(nov22)).toEqual([
      'A Surprising 28-Point Plan',
      'Guarantees and Economic Incentives',
      "Disputes Over Rubio's Role",
      'Russian Demands in the Plan',
    ]);
  });

  it('finds no headings where the 2025-11-19 seed runs them into paragraphs', () => {
    expect(headings(nov19)).toEqual([]);
  });

  it('derives a headline that is a prefix of the lead, ending at a word boundary', () => {
    for (const a of [nov22, nov19]) {
      const lead = paragraphs(a)[0]!;
      const stem = a.headline.replace(/…$/u, '');
      expect(a.headline.length).toBeLessThanOrEqual(100);
      expect(lead.startsWith(stem)).toBe(true);
      expect(stem).toMatch(/\p{L}$/u);
      expect(lead.charAt(stem.length)).toMatch(/^[\s\p{P}]$/u);
    }
  });

  it('keeps the source file name and derives slug, word count and reading time', () => {
    expect(nov22.sourceFile).toBe(SEED_FILES.nov22);
    expect(nov22.slug).toMatch(
      /^the-axios-website-revealed-that-president-donald-trumps-[0-9a-f]{6}$/u,
    );
    expect(nov22.wordCount).toBeGreaterThan(600);
    expect(nov22.wordCount).toBeLessThan(700);
    expect(nov22.readingMinutes).toBe(3);
    expect(nov22.summary.length).toBeLessThanOrEqual(160);
  });

  it('records the line each block starts on', () => {
    expect(nov22.blocks[0]!.line).toBe(1);
    expect(nov22.blocks.find((b) => b.text === 'A Surprising 28-Point Plan')?.line).toBe(9);
  });
});

describe('parseSeed on blocks and headings', () => {
  const parse = (body: string) => article(parseSeed(` date 2024-03-01 ${body}`, 'x.txt'));

  it('joins the lines of a paragraph with single spaces and trims them', () => {
    expect(paragraphs(parse('First line\n   second line   \n\tthird.'))).toEqual([
      'First line second line third.',
    ]);
  });

  it('treats runs of blank or whitespace-only lines as one separator', () => {
    expect(paragraphs(parse('One.\n\n \t \n\n\nTwo.'))).toEqual(['One.', 'Two.']);
  });

  it('separates paragraphs at a line of zero-width or format characters only', () => {
    expect(paragraphs(parse('One.\n\u200b\nTwo.\n \u2060\u200e \nThree.'))).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
  });

  it('reads an article whose lead has no word, taking its headline from the first paragraph with words', () => {
    const a = parse('* * *\n\nThe council met on Tuesday.');
    expect(a.headline).toBe('The council met on Tuesday');
    expect(a.wordCount).toBe(5);
  });

  it('accepts the body starting on the line after the header', () => {
    const a = article(parseSeed('date 2024-03-01\nLead paragraph here.\n\nSecond one.', 'x.txt'));
    expect(paragraphs(a)).toEqual(['Lead paragraph here.', 'Second one.']);
    expect(a.blocks[0]!.line).toBe(2);
  });

  it('makes a short unpunctuated line between paragraphs a heading', () => {
    expect(headings(parse('Lead.\n\nThe Talks in Geneva\n\nMore text.'))).toEqual([
      'The Talks in Geneva',
    ]);
  });

  it.each([
    ['ends in a full stop', 'The talks ended.'],
    ['ends in a question mark inside quotes', 'Who said “why?”'],
    ['ends in a colon', 'He said the following:'],
    ['ends in a comma inside a closing quote', '“We feel heard,”'],
    ['has no letters', '---'],
    [
      'is longer than a heading',
      'A line without final punctuation that goes on and on well past what any heading would be',
    ],
    ['is a row of an earnings table', 'Shr loss 12 cts vs profit 37 cts'],
    ['is a line of prices', 'Palladium 128.75 dlrs, unch'],
    ['only labels the rows after it', 'Nine mths'],
    ['is a slug line in capitals', 'MIDEAST GULF'],
    ['is a sentence that lost its full stop', 'Terms were not disclosed'],
    ['is a reporting clause', 'The company said'],
    ['is a sentence with a figure', 'Shares closed at 41.25'],
  ])('keeps a line as a paragraph when it %s', (_why, line) => {
    expect(headings(parse(`Lead.\n\n${line}\n\nMore text.`))).toEqual([]);
  });

  it.each([
    'A Surprising 28-Point Plan',
    'What happens next',
    'Talks resume in Geneva',
    'Reaction in Tokyo',
    'Background',
  ])('keeps %s a heading: a title, in title case or not', (line) => {
    expect(headings(parse(`Lead.\n\n${line}\n\nMore text.`))).toEqual([line]);
  });

  it('never makes the first or the last block a heading', () => {
    expect(headings(parse('Lead without stop\n\nEnding without stop'))).toEqual([]);
  });

  it('keeps a run of short lines, like a list, as paragraphs', () => {
    expect(headings(parse('Lead.\n\nKyiv\n\nMoscow\n\nWashington\n\nEnd.'))).toEqual([]);
    expect(headings(parse('Lead.\n\nKyiv\n\nMoscow\n\nEnd.'))).toEqual([]);
  });

  it('keeps a heading written across two lines as a paragraph', () => {
    expect(headings(parse('Lead.\n\nTwo line\nheading\n\nText.'))).toEqual([]);
  });
});

describe('parseSeed on tables and slug lines', () => {
  const parse = (body: string) => article(parseSeed(` date 1987-03-10\n${body}`, 'x.txt'));
  const kinds = (a: Article) => a.blocks.map((b) => b.kind);

  it('makes a block of earnings rows a table that keeps each line as a row', () => {
    const a = parse(
      'Shr 45 cts vs 38 cts\n  Net 2,345,000 vs 1,987,000  \nLoans 412.5 mln vs 380.1 mln\n\nThe bank said loans grew.',
    );
    expect(a.blocks[0]).toEqual({
      kind: 'table',
      rows: ['Shr 45 cts vs 38 cts', 'Net 2,345,000 vs 1,987,000', 'Loans 412.5 mln vs 380.1 mln'],
      text: 'Shr 45 cts vs 38 cts Net 2,345,000 vs 1,987,000 Loans 412.5 mln vs 380.1 mln',
      line: 2,
    });
    expect(a.blocks[1]).toMatchObject({ kind: 'paragraph', line: 6 });
  });

  it('joins rows set apart by blank lines, with the labels between them, into one table from its first line', () => {
    const a = parse(
      'HARTWELL INDUSTRIES INC 4TH QTR NET\n\nShr loss 12 cts vs profit 37 cts\n\nNet loss 1.2 mln vs profit 3.7 mln\n\nYear\n\nShr loss 28 cts vs profit 1.14 dlrs',
    );
    expect(kinds(a)).toEqual(['slug-line', 'table']);
    expect(a.blocks[1]).toMatchObject({
      rows: [
        'Shr loss 12 cts vs profit 37 cts',
        'Net loss 1.2 mln vs profit 3.7 mln',
        'Year',
        'Shr loss 28 cts vs profit 1.14 dlrs',
      ],
      line: 4,
    });
  });

  it('keeps the note under a table as its note, in its own paragraph or after the rows', () => {
    const note = 'NOTE: 1986 net includes a gain of 1.5 mln dlrs from the sale of a unit.';
    for (const body of [
      `Shr 71 cts vs 64 cts\nNet 5,120,000 vs 4,610,000\n\n${note}`,
      `Shr 71 cts vs 64 cts\nNet 5,120,000 vs 4,610,000\n${note}`,
    ]) {
      const a = parse(body);
      expect(a.blocks).toHaveLength(1);
      expect(a.blocks[0]).toMatchObject({
        kind: 'table',
        rows: ['Shr 71 cts vs 64 cts', 'Net 5,120,000 vs 4,610,000'],
        note,
      });
    }
  });

  it('makes a line of prices a table of one row', () => {
    expect(parse('PRECIOUS METALS CLOSE\n\nPalladium 128.75 dlrs, unch').blocks[1]).toMatchObject({
      kind: 'table',
      rows: ['Palladium 128.75 dlrs, unch'],
    });
  });

  it.each([
    'MIDEAST GULF',
    'HARTWELL INDUSTRIES INC 4TH QTR NET',
    'OAKMONT SAVINGS BANK <OAKS> 1ST QTR NET',
  ])('makes %s a slug line, not a paragraph or a heading', (slug) => {
    const a = parse(`Lead.\n\n${slug}\n\nMore text.`);
    expect(kinds(a)).toEqual(['paragraph', 'slug-line', 'paragraph']);
    expect(a.blocks[1]!.text).toBe(slug);
  });

  it.each([
    'The company earned 12 mln dlrs in 1986, up from 9 mln dlrs in 1985.',
    'Shares closed at 41.25.',
    'Profit rose 18 pct to 8.1 mln dlrs on sales of 201.5 mln.',
    'THE COMPANY SAID IT WOULD CLOSE TWO PLANTS IN OHIO.',
  ])('keeps prose that holds figures or capitals a paragraph beside a table: %s', (prose) => {
    expect(kinds(parse(`${prose}\n\nShr 45 cts vs 38 cts\nNet 2.3 mln vs 1.9 mln`))).toEqual([
      'paragraph',
      'table',
    ]);
  });

  it('keeps a label or note away from the rows a paragraph', () => {
    expect(kinds(parse('Lead.\n\nNine mths\n\nMore text.\n\nShr 45 cts vs 38 cts'))).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'table',
    ]);
    expect(
      kinds(parse('Lead.\n\nNOTE: The figures are unaudited.\n\nShr 45 cts vs 38 cts')),
    ).toEqual(['paragraph', 'paragraph', 'table']);
  });

  it('keeps a title before a table a heading, and the table a table', () => {
    expect(
      kinds(parse('Lead.\n\nResults by Division\n\nShr 45 cts vs 38 cts\n\nMore text.')),
    ).toEqual(['paragraph', 'heading', 'table', 'paragraph']);
  });
});

describe('parseSeed on messy but valid input', () => {
  it('reads a very long article whole', () => {
    const paragraph =
      'The committee heard evidence from witnesses across the region for many hours. '
        .repeat(5)
        .trim();
    const text = ` date 2024-01-01 ${Array.from({ length: 1000 }, () => paragraph).join('\n\n')}`;
    expect(text.length).toBeGreaterThan(390_000);
    const a = article(parseSeed(text, 'long.txt'));
    expect(a.blocks).toHaveLength(1000);
    expect(a.wordCount).toBe(60_000);
    expect(a.headline).toBe(
      'The committee heard evidence from witnesses across the region for many hours',
    );
  });

  it('reads a single sentence without any punctuation', () => {
    const a = article(
      parseSeed(' date 2024-01-01 a single sentence without any punctuation at all', 'f.txt'),
    );
    expect(a.headline).toBe('a single sentence without any punctuation at all');
    expect(a.blocks).toHaveLength(1);
  });

  it('reads dates far in the past', () => {
    expect(
      article(parseSeed(' date 0476-09-04 The last western emperor is deposed.', 'f.txt')).date,
    ).toBe('0476-09-04');
  });

  it('turns each code point HTML forbids into U+FFFD, in the text and everything derived from it', () => {
    const a = article(
      parseSeed(
        ' date 2024-01-01 A bell\u0007 and a next line\u0085 end the lead.\n\nA noncharacter\uFDD0 follows.',
        'f.txt',
      ),
    );
    expect(paragraphs(a)).toEqual([
      'A bell\uFFFD and a next line\uFFFD end the lead.',
      'A noncharacter\uFFFD follows.',
    ]);
    expect(a.headline).toBe('A bell\uFFFD and a next line\uFFFD end the lead');
    expect(a.summary).toBe('A noncharacter\uFFFD follows.');
  });

  it('keeps bidirectional controls in the body, and out of the headline and summary shown apart from it', () => {
    const lead =
      'Staff were told not to open Invoice \u202Egpj.exe\u202C, a program posing as a photo. Its sender signed as \u2067Nour\u2069 \u200Fwith a mark.';
    const a = article(
      parseSeed(` date 2024-06-04 ${lead}\n\nAn override left open: \u202Eclosed never`, 'f.txt'),
    );
    expect(paragraphs(a)).toEqual([lead, 'An override left open: \u202Eclosed never']);
    expect(a.headline).toBe(
      'Staff were told not to open Invoice gpj.exe, a program posing as a photo',
    );
    expect(a.summary).toBe(
      'Its sender signed as Nour with a mark. An override left open: closed never',
    );
    expect(a.slug).toMatch(/^staff-were-told-not-to-open-invoice-gpjexe-[0-9a-f]{6}$/u);
  });

  it('takes a line of nothing but spaces and bidirectional controls for the blank line it shows as', () => {
    const a = article(
      parseSeed(' date 2024-06-04 \u202E \u200F\n\u2066\u2069\nThe lead.\n\u202C\nNext.', 'f.txt'),
    );
    expect(paragraphs(a)).toEqual(['The lead.', 'Next.']);
    expect(a.headline).toBe('The lead');
    expect(error(parseSeed(' date 2024-06-04 \u202E\n\u200F', 'f.txt'))).toMatchObject({
      line: 2,
      found: 'no text',
    });
  });

  it('tolerates a byte order mark, CR or CRLF line ends and spacing around the header', () => {
    for (const text of [
      '\uFEFF date 2024-01-01 Lead.\r\n\r\nNext.',
      '\t date\t2024-01-01\t\rLead.\r\rNext.',
      'date 2024-01-01\u00a0Lead.\n\nNext.',
    ]) {
      expect(paragraphs(article(parseSeed(text, 'f.txt')))).toEqual(['Lead.', 'Next.']);
    }
  });
});

describe('parseSeed errors', () => {
  it('rejects a file without a date header, naming file and line', () => {
    expect(error(parseSeed('Just some text.', 'a.txt'))).toEqual({
      file: 'a.txt',
      line: 1,
      expected: 'a first line starting with "date YYYY-MM-DD"',
      found: '"Just some text."',
    });
  });

  it('does not take a word that starts with "date" for the header', () => {
    expect(error(parseSeed('dated 2024-01-01 Text.', 'a.txt')).expected).toBe(
      'a first line starting with "date YYYY-MM-DD"',
    );
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(error(parseSeed(' date 22/11/2025 Text.', 'a.txt'))).toMatchObject({
      line: 1,
      expected: 'a date as YYYY-MM-DD after "date"',
      found: '"22/11/2025"',
    });
    expect(error(parseSeed(' date 2025-11-22Text.', 'a.txt')).found).toBe('"2025-11-22Text."');
    expect(error(parseSeed('date', 'a.txt')).found).toBe('nothing');
  });

  it.each([
    ['2025-02-30', '2025-02-30, a month of 28 days'],
    ['2025-02-29', '2025-02-29, a month of 28 days'],
    ['2025-04-31', '2025-04-31, a month of 30 days'],
    ['2025-13-01', '2025-13-01, but months run from 01 to 12'],
    ['2025-00-10', '2025-00-10, but months run from 01 to 12'],
    ['2025-02-00', '2025-02-00, but days run from 01 to 28'],
    ['0000-01-01', '0000-01-01, but years run from 0001 to 9999'],
    ['0000-02-30', '0000-02-30, but years run from 0001 to 9999'],
  ])('rejects the impossible date %s, naming the part out of range', (date, found) => {
    expect(error(parseSeed(` date ${date} Text.`, 'a.txt'))).toEqual({
      file: 'a.txt',
      line: 1,
      expected: 'a real calendar date',
      found,
    });
  });

  it('accepts leap days', () => {
    expect(article(parseSeed(' date 2024-02-29 Text.', 'a.txt')).date).toBe('2024-02-29');
    expect(article(parseSeed(' date 2000-02-29 Text.', 'a.txt')).date).toBe('2000-02-29');
  });

  it('rejects an empty file and a header without a body', () => {
    expect(error(parseSeed('', 'a.txt'))).toMatchObject({ line: 1, found: 'an empty file' });
    expect(error(parseSeed(' \n\n ', 'a.txt'))).toMatchObject({ line: 1, found: 'an empty file' });
    expect(error(parseSeed(' date 2025-01-01 \n\n\n', 'a.txt'))).toMatchObject({
      line: 4,
      expected: 'article text after "date 2025-01-01"',
      found: 'no text',
    });
  });

  it('escapes bidirectional controls in the file name and quoted text of an error line, so they cannot reorder the terminal', () => {
    expect(formatSeedError(error(parseSeed('Notes \u202Etxt.exe', 'invoice\u202Etxt.exe')))).toBe(
      'invoice\\u{202E}txt.exe:1: expected a first line starting with "date YYYY-MM-DD", found "Notes \\u{202E}txt.exe"',
    );
  });

  it('rejects a body with no word, naming the line of its text', () => {
    expect(error(parseSeed(' date 2025-01-01\n\n!!! ---\n\n* * *\n', 'a.txt'))).toEqual({
      file: 'a.txt',
      line: 3,
      expected: 'article text with at least one word after "date 2025-01-01"',
      found: 'no word, only "!!! ---"',
    });
    expect(error(parseSeed(' date 2025-01-01 🔥🔥 🚨', 'a.txt'))).toMatchObject({
      line: 1,
      found: 'no word, only "🔥🔥 🚨"',
    });
  });

  it('takes lines of zero-width and format characters for blank lines', () => {
    expect(
      error(parseSeed(' date 2025-01-01\n\u200b\u200b\n\u2060\u200d\n\ufeff', 'a.txt')),
    ).toMatchObject({ line: 4, found: 'no text' });
    expect(error(parseSeed('\u200b\n\u200c \u00ad', 'a.txt'))).toMatchObject({
      line: 1,
      found: 'an empty file',
    });
  });

  it('shortens long text it quotes in an error', () => {
    expect(error(parseSeed('x'.repeat(500), 'a.txt')).found).toBe(`"${'x'.repeat(40)}…"`);
  });
});
