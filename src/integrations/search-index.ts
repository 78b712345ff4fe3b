import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index into `dist/pagefind/` at the end of every `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

/**
 * Indexes the built site with Pagefind's Node API. Every response is checked,
 * because Pagefind reports problems in `errors` rather than by throwing, and
 * its service process is closed whatever happens.
 */
export async function buildSearchIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    check('index the site', added.errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    check('write the index', written.errors);
    logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
}
