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
      // After the content sync, before Astro bundles the pages and lists their paths: the last step with no page to count.
      'astro:build:start': () => currentBuildRun()?.progress.preparing(),
      // Astro lists every page, those its incremental build copied from the last build too, by its path within the site.
      'astro:build:done': ({ pages }) =>
        currentBuildRun()?.progress.finish(pages.map(({ pathname }) => `/${pathname}`)),
    },
  };
}
