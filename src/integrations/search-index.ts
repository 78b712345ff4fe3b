import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatCount } from '../lib/text.ts';
import { SearchIndexer } from '../search-index/indexer.ts';
import { DEFAULT_SHARD_SIZE } from '../search-index/shard-plan.ts';
import { BuildProgress } from './build-progress.ts';
import { currentBuildRun } from './build-run.ts';

/** Writes the sharded Pagefind index (src/search-index/) into `dist/pagefind/` on every `astro build`. */
export function searchIndex({
  shardSize = DEFAULT_SHARD_SIZE,
}: { shardSize?: number | undefined } = {}): AstroIntegration {
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // A folder of this build's own: a Pagefind process left running by a build that was killed cannot write into it.
        const run = currentBuildRun();
        if (command === 'build' && run) SearchIndexer.start(run.searchWork, shardSize);
      },
      'astro:build:done': async ({ dir }) => {
        const indexer = SearchIndexer.current();
        if (!indexer) throw new Error('the search indexer did not start');
        const started = performance.now();
        const { count, shards, ms } = await indexer.finish(join(fileURLToPath(dir), 'pagefind'));
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        BuildProgress.current()?.note(
          'index',
          `${formatCount(count)} articles indexed in ${formatCount(shards)} shard(s) in ${(ms / 1000).toFixed(1)} s, alongside the render (${waited} s after it)`,
        );
      },
    },
  };
}
