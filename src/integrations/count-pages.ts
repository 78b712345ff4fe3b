import { defineMiddleware } from 'astro:middleware';
import { currentBuildRun } from '../build/build-run.ts';
import { pageGroup } from '../lib/urls.ts';

/** Counts pages, by group, as `astro build` renders them, for the progress report. */
export const onRequest = defineMiddleware((context, next) => {
  currentBuildRun()?.progress.rendered(pageGroup(context.url.pathname));
  return next();
});
