import type { AstroIntegration } from 'astro';
import { currentBuildRun } from '../build/build-run.ts';

/** Counts the pages of an `astro build` for its progress report, and closes the report at the end. */
export function buildProgress(): AstroIntegration {
  return {
    name: 'archive-build-progress',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        addMiddleware({ entrypoint: new URL('./count-pages.ts', import.meta.url), order: 'pre' });
      },
      'astro:build:done': () => currentBuildRun()?.progress.finish(),
    },
  };
}
