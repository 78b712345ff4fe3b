import { defineMiddleware } from 'astro:middleware';
import { currentBuildRun } from '../build/build-run.ts';
import { pageGroup } from '../lib/urls.ts';

/** Counts pages, by group, as `astro build` renders them, for the progress report. */
export const onRequest = defineMiddleware((context, next) => {
  const path = context.url.pathname;
  // The path within the site, as Astro lists the pages it wrote at the end.
  const base = import.meta.env.BASE_URL;
  currentBuildRun()?.progress.rendered(
    pageGroup(path),
    path.startsWith(base) ? `/${path.slice(base.length)}` : path,
  );
  return next();
});
