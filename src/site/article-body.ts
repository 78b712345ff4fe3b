import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderBody, type RenderedBody } from '../lib/body/render-body.ts';
import { leadBlock } from '../lib/derive/titles.ts';
import { readSeedStructure } from '../lib/seed/read-seed.ts';
import { formatSeedError, type Block } from '../lib/seed/types.ts';
import type { ArticleEntry } from './articles.ts';

/**
 * An article's body HTML and section headings, rendered from its seed file as
 * its page is built. The content store keeps only each article's metadata:
 * with every body in it, the time Astro spends serialising and compiling the
 * store grows with the archive's text, and every body is held in memory.
 */
export async function articleBody(entry: ArticleEntry): Promise<RenderedBody> {
  return renderBody(await articleBlocks(entry));
}

/** An article's lead, the paragraph its headline comes from, read from its seed file as `articleBody` is; its summary if it has no prose. */
export async function articleLead(entry: ArticleEntry): Promise<string> {
  return leadBlock(await articleBlocks(entry))?.text ?? entry.data.summary;
}

async function articleBlocks(entry: ArticleEntry): Promise<Block[]> {
  if (!entry.filePath) throw new Error(`article ${entry.id} has no source file`);
  // Entry paths are relative to the project root, where builds run.
  const bytes = await readFile(resolve(process.cwd(), entry.filePath));
  const parsed = readSeedStructure(bytes, entry.data.sourceFile);
  if (!parsed.ok)
    throw new Error(`${formatSeedError(parsed.error)} (the file changed during the build)`);
  return parsed.blocks;
}
