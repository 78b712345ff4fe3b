import type { Root as HastRoot } from 'hast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block } from '../seed/types.ts';
import { bodyTree } from './body-tree.ts';

export interface SectionHeading {
  depth: number;
  /** The heading's `id`, made by rehype-slug. */
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: SectionHeading[];
}

const processor = unified().use(remarkRehype).use(rehypeSlug).use(rehypeStringify);

/** Article body HTML and its section headings, from parsed blocks. */
export async function renderBody(blocks: readonly Block[]): Promise<RenderedBody> {
  const hast = await processor.run(bodyTree(blocks));
  return { html: processor.stringify(hast), headings: sectionHeadings(hast) };
}

function sectionHeadings(tree: HastRoot): SectionHeading[] {
  // The body tree is flat, so its headings are direct children of the root.
  return tree.children.flatMap((node) =>
    node.type === 'element' && node.tagName === 'h2'
      ? [
          {
            depth: 2,
            slug: String(node.properties['id']),
            text: node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
          },
        ]
      : [],
  );
}
