import { defineMiddleware } from 'astro:middleware';
import { isArticlePath } from '../lib/urls.ts';
import { BuildProgress } from './build-progress.ts';

/** Counts pages as `astro build` renders them, for the progress report. */
export const onRequest = defineMiddleware((context, next) => {
  BuildProgress.current()?.rendered(isArticlePath(context.url.pathname));
  return next();
});
