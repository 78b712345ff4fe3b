import { defineMiddleware } from 'astro:middleware';
import { currentBuildRun } from '../build/build-run.ts';
import { isArticlePath } from '../lib/urls.ts';

/** Counts pages as `astro build` renders them, for the progress report. */
export const onRequest = defineMiddleware((context, next) => {
  currentBuildRun()?.progress.rendered(isArticlePath(context.url.pathname));
  return next();
});
