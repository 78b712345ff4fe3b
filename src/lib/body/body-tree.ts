import type { Root, RootContent } from 'mdast';
import type { Block } from '../seed/types.ts';

/**
 * The mdast tree of an article body, built node by node from parsed blocks.
 * Text goes into `text` nodes as data, so no Markdown or HTML in a seed is
 * ever interpreted: `*stars*` or `<b>` reach the page as those characters.
 */
export function bodyTree(blocks: readonly Block[]): Root {
  return {
    type: 'root',
    children: blocks.map((block): RootContent => {
      const children = [{ type: 'text' as const, value: block.text }];
      // dir=auto lets each block follow its own script, so Arabic or Hebrew
      // paragraphs read right-to-left inside an English page.
      const data = { hProperties: { dir: 'auto' } };
      return block.kind === 'heading'
        ? { type: 'heading', depth: 2, children, data }
        : { type: 'paragraph', children, data };
    }),
  };
}
