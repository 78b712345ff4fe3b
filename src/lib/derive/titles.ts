import { formatDate } from '../dates.ts';
import { headlineOf } from './headline.ts';
import { isSlugLine } from './slug-line.ts';
import { continuedSummary, deriveSummary, SUMMARY_MAX } from './summary.ts';
import { isTableLabel, isTableNote, isTableText, tableCompany, tableKind } from './table-text.ts';

export interface Titles {
  headline: string;
  summary: string;
}

// A paragraph without a letter or digit ("* * *") says nothing a headline could.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a paragraph is prose that can lead an article: not a slug line, a
 * table, a table's label or its note, nor a line without a word.
 */
export function isProse(text: string): boolean {
  return (
    LETTER_OR_DIGIT.test(text) &&
    !isSlugLine(text) &&
    !isTableText(text) &&
    !isTableLabel(text) &&
    !isTableNote(text)
  );
}

const TABLE_LABELS = { earnings: 'earnings figures', prices: 'price table' } as const;

/**
 * The headline and summary of an article, from its paragraphs (headings left
 * out). The headline comes from the first paragraph of prose: slug lines and
 * tables of figures are skipped. The summary goes on where the headline
 * stops, so a listing never shows the same words twice: the rest of a cut
 * sentence, else the lead's next sentences, else the next paragraph of
 * prose, else the rows of the article's table. Only an article of one
 * sentence, with nothing more to say, has that sentence as its summary too,
 * so that no page goes without a description.
 */
export function deriveTitles(paragraphs: readonly string[], date: string): Titles {
  const at = paragraphs.findIndex(isProse);
  // The rows of the article's tables, which a label or the prose around them
  // does not give; read only when needed, as most articles have none.
  const rows = () => {
    const tables = paragraphs.filter(isTableText);
    return tables.length > 0 ? tables.join('; ') : undefined;
  };
  if (at >= 0) {
    const next = paragraphs.slice(at + 1).find(isProse);
    return proseTitles(paragraphs[at]!, () => next ?? rows());
  }
  const table = rows();
  // An article of slug lines alone has nothing else to take a headline from.
  if (table === undefined) return proseTitles(paragraphs[0] ?? '', () => undefined);
  return { headline: tableLabel(paragraphs, table, date), summary: deriveSummary(table) };
}

function proseTitles(lead: string, next: () => string | undefined): Titles {
  const headline = headlineOf(lead);
  const rest = lead.slice(headline.end).trim();
  // The rest of the lead may be a few words: the next paragraph fills the summary's room.
  const more = rest.length >= SUMMARY_MAX ? rest : [rest, next()].filter(Boolean).join(' ');
  if (rest && headline.cut) return { headline: headline.text, summary: continuedSummary(more) };
  return { headline: headline.text, summary: deriveSummary(more || lead) };
}

/**
 * A table with no prose around it is named for what it is, with the company
 * its slug line or first row names and the day: many such tables run each
 * day, and their headlines must still tell them apart in a listing.
 */
function tableLabel(paragraphs: readonly string[], rows: string, date: string): string {
  const company = paragraphs.map(tableCompany).find((name) => name !== undefined);
  const label = TABLE_LABELS[tableKind(rows)];
  const day = formatDate(date, 'day');
  return company
    ? `${company}: ${label}, ${day}`
    : `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${day}`;
}
