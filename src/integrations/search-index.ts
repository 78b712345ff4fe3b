import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentBuildRun } from '../build/build-run.ts';
import { formatCount } from '../lib/text.ts';

/**
 * Puts the search index, which the loader fed while the build went on
 * (src/search-index/), into `dist/pagefind/` at the end of every `astro build`.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const run = currentBuildRun();
        if (!run) throw new Error('the search indexer did not start');
        const started = performance.now();
        const { count, shards, reused, ms } = await run.search.finish(
          join(fileURLToPath(dir), 'pagefind'),
        );
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        run.progress.note(
          'index',
          `${formatCount(count)} articles indexed in ${formatCount(shards)} shard(s), ${formatCount(reused)} of them reused, in ${(ms / 1000).toFixed(1)} s, alongside the render (${waited} s after it)`,
        );
      },
    },
  };
}
