import type { Element } from 'hast';
import { h } from 'hastscript';
import type { TableBlock } from '../seed/types.ts';

// A row's label is the words before its first figure ("Shr loss", "Soybean
// meal Mar"); what follows, up to the row's end, is its figures.
const FIRST_FIGURE = /(?:^|\s)[-+($£]?\p{N}/u;

/**
 * A table of figures as a reader can scan it: one `<tr>` for each line of
 * the seed, its label as the row's header and its figures in the next cell,
 * so the figures line up under each other; a line of a label alone ("Nine
 * mths") spans both columns. The note under the rows is the table's caption,
 * set below it. Every cell holds a text node, so rows stay data.
 */
export function figuresTable({ rows, note }: TableBlock): Element {
  return h('table.figures', { dir: 'auto' }, [
    ...(note === undefined ? [] : [h('caption', note)]),
    h('tbody', rows.map(tableRow)),
  ]);
}

function tableRow(row: string): Element {
  const at = FIRST_FIGURE.exec(row);
  if (!at) return h('tr', [h('td.figures__label', { colSpan: 2 }, row)]);
  const label = row.slice(0, at.index).trim();
  const figures = row.slice(at.index).trim();
  return h('tr', [label ? h('th', { scope: 'row' }, label) : h('td'), h('td', figures)]);
}
