import type { ReadArticle } from '../lib/story/story-index.ts';
import type { SearchIndexer } from '../search-index/indexer.ts';
import type { ArticleCache } from './article-cache.ts';
import type { ArticleSources } from './article-sources.ts';
import type { BuildProgress } from './build-progress.ts';

/** What `npm run build` (run-build.ts) gives the Astro build it runs. */
export interface BuildRun {
  /** Takes the articles' search documents from the loader; the search integration finishes it. */
  search: SearchIndexer;
  /** Told of the load by the loader, of each page by the page middleware. */
  progress: BuildProgress;
  /** Told by the loader which article files it read, for the record the build publishes with the site. */
  sources: ArticleSources;
  /** What earlier builds read of unchanged article files; the loader reads through it and saves it. */
  articles: ArticleCache<ReadArticle>;
}

/**
 * A symbol on `globalThis`, set by `npm run build` in its own process. Astro
 * loads its config and the content config through Vite's module runner and
 * renders pages from a built bundle, so the integrations, the loader and the
 * page middleware each see their own copy of this module: only a global joins
 * them. The middleware is a module Astro imports by path and can be given
 * nothing, so it reads the run here; the loader is given what it needs
 * (src/content.config.ts).
 */
const KEY = Symbol.for('news-archive.build-run');
const slots = globalThis as { [KEY]?: BuildRun | undefined };

/** The run `npm run build` started; none in `astro dev` or `astro check`. */
export const currentBuildRun = (): BuildRun | undefined => slots[KEY];
export const startBuildRun = (run: BuildRun | undefined): void => {
  slots[KEY] = run;
};
