import type { AstroIntegration } from 'astro';
import { currentBuildRun } from '../build/build-run.ts';

/**
 * Refuses an `astro build` that `npm run build` did not start: Astro on its
 * own would empty ARCHIVE_OUT, whatever it holds, and write into it in place.
 */
export function buildGuard(): AstroIntegration {
  return {
    name: 'archive-build-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !currentBuildRun()) {
          throw new Error(
            'Build the archive with `npm run build`: it checks ARCHIVE_OUT, builds into a staging folder and swaps the finished site in. `astro build` alone would empty ARCHIVE_OUT and write into it in place.',
          );
        }
      },
    },
  };
}
