import { defineMiddleware } from 'astro:middleware';
import { BuildProgress } from './build-progress.ts';

const ARTICLE = /^\/(?:.*\/)?\d{4}\/\d{2}\/\d{2}\/(?!page\/)[^/]+\/$/u;

/** Counts pages as `astro build` renders them, for the progress report. */
export const onRequest = defineMiddleware((context, next) => {
  BuildProgress.current()?.rendered(ARTICLE.test(context.url.pathname));
  return next();
});
