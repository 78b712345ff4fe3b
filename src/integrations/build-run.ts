import type { AstroIntegration } from 'astro';
import { globalSlot } from './global-slot.ts';

/** What `npm run build` (src/build/run-build.ts) tells the integrations of the Astro build it runs. */
export interface BuildRun {
  /** A folder of this build's own for the search index while it is made. */
  searchWork: string;
}

// Astro loads its config, and these integrations, as modules of their own.
const slot = globalSlot<BuildRun>('build-run');

export const currentBuildRun = (): BuildRun | undefined => slot.get();
export const startBuildRun = (run: BuildRun | undefined): void => slot.set(run);

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
