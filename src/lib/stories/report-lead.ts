import { isTableText } from '../derive/table-text.ts';
import { isProse } from '../derive/titles.ts';
import type { Block } from '../seed/types.ts';

/** A report's lead: its first paragraph of prose, after any slug line or table, as its headline is taken; none for a report of tables only. */
export function reportLead(blocks: readonly Block[]): string | undefined {
  return blocks.find(
    (block) => block.kind === 'paragraph' && !isTableText(block.text) && isProse(block.text),
  )?.text;
}
