import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../../../../src/lib/bidi-controls.ts';
import { HEADLINE_MAX } from '../../../../src/lib/derive/headline.ts';
import { countWords } from '../../../../src/lib/derive/reading.ts';
import { SUMMARY_MAX } from '../../../../src/lib/derive/summary.ts';
import { parseSeed } from '../../../../src/lib/seed/parse-seed.ts';
import { readSeed } from '../../../../src/lib/seed/read-seed.ts';
import type { ParseResult } from '../../../../src/lib/seed/types.ts';

/** The text's visible tokens: what a reader sees of it, however the lines are split; bidirectional controls are invisible, and a line of nothing else is blank. */
const words = (text: string) =>
  stripBidiControls(text)
    .split(/\s+/u)
    .filter((token) => !/^[\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u.test(token))
    .join(' ');

/** Whether the headline's words stand in the body in the same order: taken from it, with asides left out. */
function readsInOrder(headline: string, body: string): boolean {
  let from = 0;
  for (const token of headline.replace(/[….]$/u, '').split(/\s+/u)) {
    const at = body.indexOf(token, from);
    if (at < 0) return false;
    from = at + token.length;
  }
  return true;
}

/** Either an article or a typed error: never anything else, never a throw. */
function expectWellFormed(result: ParseResult) {
  if (result.ok) return;
  expect(result.error.file).toBe('f.txt');
  expect(result.error.line).toBeGreaterThanOrEqual(1);
  expect(typeof result.error.expected).toBe('string');
  expect(typeof result.error.found).toBe('string');
}

const anyText = fc.string({ unit: 'grapheme', maxLength: 400 });
const whitespace = fc.constantFrom('', ' ', '\t', '  \t ', '\u00a0');
const newline = fc.constantFrom('\n', '\r\n', '\r');
const validDate = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
/** Lines of random text, with random blank-line runs and line endings between them. */
const body = fc
  .array(
    fc.tuple(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      newline,
      fc.integer({ min: 0, max: 3 }),
      whitespace,
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((lines) =>
    lines
      .map(([line, end, blanks, pad]) => `${pad}${line}${pad}${(end + pad).repeat(blanks)}${end}`)
      .join(''),
  );

/** Text mostly of what is not a word: punctuation, symbols, emoji, marks, zero-width and format characters. */
const nearlyWordless = fc.string({
  unit: fc.constantFrom(
    '!',
    '—',
    '…',
    '*',
    ' ',
    '\n',
    '\u200b',
    '\u2060',
    '\u202e',
    '🔥',
    '🇺🇦',
    '\u0301',
    '々',
    '٣',
    'a',
  ),
  maxLength: 30,
});

describe('parseSeed, for any input', () => {
  it('returns an article or a typed error for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => expectWellFormed(parseSeed(text, 'f.txt'))),
      { numRuns: 500 },
    );
  });

  it('gives every article it accepts at least one word, as the content schema requires', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), nearlyWordless),
        (text) => {
          const result = parseSeed(` date 2024-01-01 ${text}`, 'f.txt');
          if (result.ok) expect(result.article.wordCount).toBeGreaterThan(0);
          else expect(result.error.found).toMatch(/^(?:no text|no word, only ".+")$/u);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('returns an article or a typed error for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        expectWellFormed(readSeed(bytes, 'f.txt')),
      ),
      { numRuns: 500 },
    );
  });

  it('leaves no code point that HTML forbids in an article, whatever code points the file holds', () => {
    const forbidden =
      /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}\p{Cs}]/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseSeed(` date 2024-01-01 x${text}`, 'f.txt');
        if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
        const { blocks, headline, summary } = result.article;
        for (const shown of [...blocks.map((block) => block.text), headline, summary])
          expect(shown).not.toMatch(forbidden);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no bidirectional control in the headline or summary, however many the lead holds', () => {
    const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
    const lead = fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 8 }),
        fc.constantFrom('\u202E', '\u202B', '\u2067', '\u2069', '\u200F', '\u061C', ' '),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(lead, (parts) => {
        const result = parseSeed(` date 2024-01-01 x${parts.join('')}\n\nMore.`, 'f.txt');
        if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
        expect(result.article.headline).not.toMatch(bidi);
        expect(result.article.summary).not.toMatch(bidi);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any valid header variant, and its paragraphs round-trip to the body text', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        whitespace,
        whitespace,
        validDate,
        fc.boolean(),
        newline,
        body,
        (bom, before, after, date, alone, end, text) => {
          const seed = `${bom ? '\uFEFF' : ''}${before}date${after || ' '}${date}${alone ? end : ' '}${text}`;
          const result = parseSeed(seed, 'f.txt');
          if (countWords([text]) === 0) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
          const { article } = result;
          expect(article.date).toBe(date);
          expect(article.wordCount).toBeGreaterThan(0);
          expect(words(article.blocks.map((block) => block.text).join(' '))).toBe(words(text));
          expect(article.blocks[0]!.kind).not.toBe('heading');
          expect(article.headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
          expect(article.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
          const label = /^(?:Earnings figures|Price table), \d+ \p{L}+ \d+$/u.test(
            article.headline,
          );
          expect(label || readsInOrder(article.headline, words(text))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects any header whose date is not a real YYYY-MM-DD day', () => {
    const notADate = fc
      .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
      .filter((s) => !/\s/u.test(s) && !/^\d{4}-\d{2}-\d{2}$/u.test(s));
    fc.assert(
      fc.property(notADate, (token) => {
        const result = parseSeed(` date ${token} Some text.`, 'f.txt');
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.error).toMatchObject({
            line: 1,
            expected: 'a date as YYYY-MM-DD after "date"',
          });
      }),
    );
  });
});
