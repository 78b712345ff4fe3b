import { stripBidiControls } from '../bidi-controls.ts';
import { daysInMonth, ISO_DAY } from '../dates.ts';
import { countWords, hasWord, readingMinutes } from '../derive/reading.ts';
import { prefixWithin } from '../derive/segments.ts';
import { articleSlug } from '../derive/slug.ts';
import { isSlugLine } from '../derive/slug-line.ts';
import { isTableLabel, isTableNote, isTableText } from '../derive/table-text.ts';
import { deriveTitles } from '../derive/titles.ts';
import { replaceForbiddenCodePoints } from './forbidden-code-points.ts';
import type { Block, ParseResult, SeedError, TableBlock } from './types.ts';

// Any spacing around the header, including the no-break spaces that copying
// from a word processor leaves; the lines are already split, so \s stays on one.
const HEADER = /^\s*date(?=\s|$)\s*(\S*)/u;
const HEADING_MAX = 80;
// A line with nothing a reader can see (spaces, zero-width and other format
// characters) separates paragraphs as an empty line does.
const BLANK = /^[\s\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;
// A heading ends in a letter, digit or symbol; these (before any closing
// quotes or brackets) end sentences and clauses instead.
const FINAL_PUNCTUATION = /[\p{Sentence_Terminal},;:…]$/u;
const CLOSERS = /[\p{Pe}\p{Pf}"']+$/u;
// Words a heading rarely holds and a sentence that lost its full stop does:
// auxiliaries and the reporting verb of wire copy ("Terms were not disclosed",
// "The company said").
const SENTENCE_WORDS =
  /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|could|should|did|does|said|says|told|added)(?=\s|$)/u;
const NUMBER = /(?:^|\s)[$£]?\p{N}[\p{N}.,/-]*(?=\s|$)/u;
// A word of four letters or more written in lower case, which title case capitalises.
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}/u;

/**
 * Reads the text of one seed file: a ` date YYYY-MM-DD ` header, then the body
 * on the same line and the lines after it. The text is data, never markup.
 */
export function parseSeed(text: string, sourceFile: string): ParseResult {
  const structure = parseStructure(text, sourceFile);
  if (!structure.ok) return structure;
  const { date, blocks } = structure;
  // Headline and summary are shown apart from the body, where its bidirectional controls would reorder what they stand beside.
  const { headline, summary } = deriveTitles(blocks.map(withoutBidiControls), date);
  const wordCount = countWords(blocks.map((block) => block.text));
  return {
    ok: true,
    article: {
      date,
      blocks,
      headline,
      summary,
      slug: articleSlug(headline, sourceFile),
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      sourceFile,
    },
  };
}

export type StructureResult =
  { ok: true; date: string; blocks: Block[] } | { ok: false; error: SeedError };

/**
 * The date and blocks of a seed file, without the derived fields: what a page
 * needs to render an article body whose metadata is already known.
 */
export function parseStructure(text: string, sourceFile: string): StructureResult {
  const fail = (line: number, expected: string, found: string): StructureResult => ({
    ok: false,
    error: { file: sourceFile, line, expected, found },
  });
  const body = replaceForbiddenCodePoints(text.replace(/^\uFEFF/u, ''));
  if (BLANK.test(body))
    return fail(1, 'a first line "date YYYY-MM-DD" followed by the article', 'an empty file');
  const lines = body.split(/\r\n|\r|\n/u);
  const first = lines[0]!;
  const header = HEADER.exec(first);
  if (!header) return fail(1, 'a first line starting with "date YYYY-MM-DD"', quote(first));
  const dateText = header[1]!;
  const date = checkDate(dateText);
  if (date) return fail(1, date.expected, date.found);

  lines[0] = first.slice(header[0].length);
  const blocks = classify(splitBlocks(lines));
  if (blocks.length === 0)
    return fail(lines.length, `article text after "date ${dateText}"`, 'no text');
  // Without a word there is nothing to read, title or count: punctuation,
  // symbols or emoji alone are a placeholder, not an article.
  if (!blocks.some((block) => hasWord(block.text))) {
    return fail(
      blocks[0]!.line,
      `article text with at least one word after "date ${dateText}"`,
      `no word, only ${quote(blocks[0]!.text)}`,
    );
  }
  return { ok: true, date: dateText, blocks };
}

function checkDate(text: string): Pick<SeedError, 'expected' | 'found'> | undefined {
  const shape = ISO_DAY.exec(text);
  if (!shape)
    return { expected: 'a date as YYYY-MM-DD after "date"', found: text ? quote(text) : 'nothing' };
  const [year, month, day] = shape.slice(1).map(Number) as [number, number, number];
  const problem = outOfRange(year, month, day);
  return problem ? { expected: 'a real calendar date', found: `${text}, ${problem}` } : undefined;
}

/**
 * What is out of range in a date, the first part first: a month's length
 * says nothing about year 0000 or month 13.
 */
function outOfRange(year: number, month: number, day: number): string | undefined {
  if (year === 0) return 'but years run from 0001 to 9999';
  if (month < 1 || month > 12) return 'but months run from 01 to 12';
  const days = daysInMonth(year, month);
  if (day < 1) return `but days run from 01 to ${days}`;
  if (day > days) return `a month of ${days} days`;
  return undefined;
}

interface RawBlock {
  /** The block's lines, trimmed. */
  lines: string[];
  text: string;
  line: number;
}

/**
 * Groups lines into blocks at blank lines; a block's lines join with single
 * spaces. A line of nothing but spaces and bidirectional controls shows as
 * blank, and is one: so every block has text left once its controls are
 * stripped, as its headline and summary are.
 */
function splitBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  let start = 0;
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    const line = BLANK.test(trimmed) ? '' : trimmed;
    if (line) {
      if (current.length === 0) start = index + 1;
      current.push(line);
    }
    if ((!line || index === lines.length - 1) && current.length > 0) {
      blocks.push({ lines: current, text: current.join(' '), line: start });
      current = [];
    }
  });
  return blocks;
}

/**
 * What a block of wire copy is, by its text alone: a slug line, rows of
 * figures, a label of the rows after it ("Nine mths"), the note under a
 * table, or text.
 */
type RawKind = 'slug-line' | 'rows' | 'label' | 'note' | 'text';

function rawKind(text: string): RawKind {
  if (isSlugLine(text)) return 'slug-line';
  if (isTableText(text)) return 'rows';
  if (isTableLabel(text)) return 'label';
  return isTableNote(text) ? 'note' : 'text';
}

/**
 * Whether a short line without final punctuation reads as a sentence rather
 * than a title: in sentence case, with a verb a title rarely has or a figure
 * ("Shares closed at 41.25"). A title in title case may hold either ("A
 * Surprising 28-Point Plan").
 */
function readsAsSentence(text: string): boolean {
  return LOWER_WORD.test(text) && (SENTENCE_WORDS.test(text) || NUMBER.test(text));
}

/**
 * A block is a section heading when it is one short line of text without
 * final punctuation, standing alone between two paragraphs, and is not a
 * sentence that lost its full stop. Requiring paragraphs on both sides keeps
 * runs of short lines (lists, datelines, sign-offs) as text.
 */
function isHeadingLine({ lines, text }: RawBlock, kind: RawKind): boolean {
  return (
    kind === 'text' &&
    lines.length === 1 &&
    text.length <= HEADING_MAX &&
    /\p{L}/u.test(text) &&
    !FINAL_PUNCTUATION.test(text.replace(CLOSERS, '')) &&
    !readsAsSentence(text)
  );
}

/**
 * The blocks of a body: section headings, slug lines, tables and paragraphs.
 * A table is a run of blocks of rows and the labels among them, with the
 * note right after it; a label or note away from any rows is a paragraph.
 */
function classify(raw: readonly RawBlock[]): Block[] {
  const kinds = raw.map((block) => rawKind(block.text));
  const candidate = raw.map((block, index) => isHeadingLine(block, kinds[index]!));
  const blocks: Block[] = [];
  let table: TableBlock | undefined;
  raw.forEach((block, index) => {
    const kind = kinds[index]!;
    const { text, line } = block;
    if (kind === 'rows' || (kind === 'label' && (table || kinds[index + 1] === 'rows'))) {
      if (!table) {
        table = { kind: 'table', rows: [], text: '', line };
        blocks.push(table);
      }
      addRows(table, block.lines);
      if (table.note !== undefined) table = undefined;
      return;
    }
    if (kind === 'note' && table) {
      table.note = text;
      table.text = `${table.text} ${text}`;
      table = undefined;
      return;
    }
    table = undefined;
    const heading =
      index > 0 &&
      index < raw.length - 1 &&
      candidate[index] &&
      !candidate[index - 1] &&
      !candidate[index + 1];
    blocks.push({
      kind: kind === 'slug-line' ? 'slug-line' : heading ? 'heading' : 'paragraph',
      text,
      line,
    });
  });
  return blocks;
}

/** Adds a block's lines to a table: rows up to a note written under them in the same block. */
function addRows(table: TableBlock, lines: readonly string[]): void {
  const at = lines.findIndex((line, index) => index > 0 && isTableNote(line));
  const rows = at < 0 ? lines : lines.slice(0, at);
  table.rows.push(...rows);
  if (at >= 0) table.note = lines.slice(at).join(' ');
  table.text = [table.text, ...lines].filter(Boolean).join(' ');
}

function withoutBidiControls(block: Block): Block {
  const text = stripBidiControls(block.text).trim();
  return block.kind === 'table'
    ? { ...block, text, rows: block.rows.map((row) => stripBidiControls(row).trim()) }
    : { ...block, text };
}

function quote(text: string): string {
  const shown = prefixWithin(text, 40);
  return `"${shown}${shown === text ? '' : '…'}"`;
}
