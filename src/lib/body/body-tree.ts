import type { Root, RootContent } from 'mdast';
import type { Block } from '../seed/types.ts';
import { figuresTable } from './figures-table.ts';

/**
 * The mdast tree of an article body, built node by node from parsed blocks.
 * Text goes into `text` nodes as data, so no Markdown or HTML in a seed is
 * ever interpreted: `*stars*` or `<b>` reach the page as those characters.
 */
export function bodyTree(blocks: readonly Block[]): Root {
  return { type: 'root', children: blocks.map(blockNode) };
}

function blockNode(block: Block): RootContent {
  // A table is built as the HTML it becomes; mdast's own tables take their first row for a header.
  if (block.kind === 'table') {
    const table = figuresTable(block);
    return {
      type: 'paragraph',
      children: [],
      data: { hName: table.tagName, hProperties: table.properties, hChildren: table.children },
    };
  }
  const children = [{ type: 'text' as const, value: block.text }];
  // dir=auto lets each block follow its own script, so Arabic or Hebrew
  // paragraphs read right-to-left inside an English page.
  const data = { hProperties: { dir: 'auto' } };
  switch (block.kind) {
    case 'heading':
      return { type: 'heading', depth: 2, children, data };
    // A slug line files the story for editors: shown as a kicker above the text, not as a title or a paragraph of it.
    case 'slug-line':
      return {
        type: 'paragraph',
        children,
        data: { hProperties: { ...data.hProperties, className: ['slug-line'] } },
      };
    case 'paragraph':
      return { type: 'paragraph', children, data };
  }
}
