import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readSeedStructure } from '../lib/seed/read-seed.ts';
import { reportLead } from '../lib/stories/report-lead.ts';
import type { ArticleEntry } from './articles.ts';

/** A report's lead, read from its seed file as the page is built (the store keeps no body), or its summary if it has no prose lead. */
export async function articleLead(entry: ArticleEntry): Promise<string> {
  const bytes = await readFile(resolve(process.cwd(), entry.filePath ?? ''));
  const parsed = readSeedStructure(bytes, entry.data.sourceFile);
  return (parsed.ok ? reportLead(parsed.blocks) : undefined) ?? entry.data.summary;
}
