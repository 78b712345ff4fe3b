import { formatDate } from '../dates.ts';
import type { Block, TableBlock } from '../seed/types.ts';
import { headlineOf } from './headline.ts';
import { continuedSummary, deriveSummary, SUMMARY_MAX } from './summary.ts';
import { tableCompany, tableKind } from './table-text.ts';

export interface Titles {
  headline: string;
  summary: string;
}

// A paragraph without a letter or digit ("* * *") says nothing a headline could.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a block is prose that can lead an article: a paragraph with a word, not a slug line, table or heading. */
function isProse(block: Block): boolean {
  return block.kind === 'paragraph' && LETTER_OR_DIGIT.test(block.text);
}

/** An article's lead: its first block of prose, which its headline is taken from (after any slug line or table). */
export function leadBlock(blocks: readonly Block[]): Block | undefined {
  return blocks.find(isProse);
}

const TABLE_LABELS = { earnings: 'earnings figures', prices: 'price table' } as const;

/**
 * The headline and summary of an article, from its blocks as the parser
 * kinds them. The headline comes from the first paragraph of prose: slug
 * lines and tables of figures are skipped. The summary goes on where the
 * headline stops, so a listing never shows the same words twice: the rest of
 * a cut sentence, else the lead's next sentences, else the next paragraph of
 * prose, else the rows of the article's tables. Only an article of one
 * sentence, with nothing more to say, has that sentence as its summary too,
 * so that no page goes without a description.
 */
export function deriveTitles(blocks: readonly Block[], date: string): Titles {
  const at = blocks.findIndex(isProse);
  const tables = blocks.filter((block): block is TableBlock => block.kind === 'table');
  // The tables' rows, which a label or the prose around them does not give.
  const rows = tables.flatMap((table) => table.rows).join('; ');
  if (at >= 0) {
    const next = blocks.slice(at + 1).find(isProse)?.text ?? rows;
    return proseTitles(blocks[at]!.text, next);
  }
  // An article of slug lines alone has nothing else to take a headline from.
  if (!rows) return proseTitles(blocks.find((block) => block.kind !== 'heading')?.text ?? '', '');
  return { headline: tableLabel(blocks, rows, date), summary: deriveSummary(rows) };
}

function proseTitles(lead: string, next: string): Titles {
  const headline = headlineOf(lead);
  const rest = lead.slice(headline.end).trim();
  // The rest of the lead may be a few words: the next paragraph fills the summary's room.
  const more = rest.length >= SUMMARY_MAX ? rest : [rest, next].filter(Boolean).join(' ');
  if (rest && headline.cut) return { headline: headline.text, summary: continuedSummary(more) };
  return { headline: headline.text, summary: deriveSummary(more || lead) };
}

/**
 * A table with no prose around it is named for what it is, with the company
 * its slug line or first row names and the day: many such tables run each
 * day, and their headlines must still tell them apart in a listing.
 */
function tableLabel(blocks: readonly Block[], rows: string, date: string): string {
  const company = blocks
    .map((block) => tableCompany(block.text))
    .find((name) => name !== undefined);
  const label = TABLE_LABELS[tableKind(rows)];
  const day = formatDate(date, 'day');
  return company
    ? `${company}: ${label}, ${day}`
    : `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${day}`;
}
