import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { BuildProgress } from './build-progress.ts';

/**
 * Builds the Pagefind index alongside the rest of the build. The content
 * loader hands over each article's record as it parses it; once loading is
 * done, Pagefind (a separate process) writes the index while Astro renders
 * the pages on the other core; `astro:build:done` then only moves it into place.
 */
export class SearchIndexer {
  // Astro loads the content config through Vite's module runner, so the loader
  // and this integration see different copies of this module: one global slot joins them.
  static readonly #slot = Symbol.for('news-archive.search-indexer');

  static current(): SearchIndexer | undefined {
    return (globalThis as Record<symbol, SearchIndexer | undefined>)[SearchIndexer.#slot];
  }

  static #register(indexer: SearchIndexer | undefined): void {
    (globalThis as Record<symbol, SearchIndexer | undefined>)[SearchIndexer.#slot] = indexer;
  }

  static start(): SearchIndexer {
    const indexer = new SearchIndexer();
    SearchIndexer.#register(indexer);
    return indexer;
  }

  readonly #index = pagefind.createIndex().then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    return index;
  });
  readonly #added: Array<Promise<void>> = [];
  #written: Promise<{ folder: string; count: number; ms: number }> | undefined;

  add(record: SearchRecord): void {
    this.#added.push(this.#index.then((index) => index.addCustomRecord(record)).then(({ errors }) => check('index an article', errors)));
  }

  /** Starts writing the index once every article has been added; the build goes on meanwhile. */
  seal(): void {
    this.#written ??= (async () => {
      const started = performance.now();
      await Promise.all(this.#added);
      const folder = await mkdtemp(join(tmpdir(), 'archive-search-'));
      const written = await (await this.#index).writeFiles({ outputPath: folder });
      check('write the index', written.errors);
      return { folder, count: this.#added.length, ms: performance.now() - started };
    })();
    // Reported by finish(); this only keeps an early failure from being "unhandled".
    this.#written.catch(() => {});
  }

  /** Waits for the index and moves it to `outputPath`; always stops Pagefind's process. */
  async finish(outputPath: string): Promise<{ count: number; ms: number }> {
    try {
      this.seal();
      const { folder, count, ms } = await this.#written!;
      await cp(folder, outputPath, { recursive: true });
      await rm(folder, { recursive: true, force: true });
      return { count, ms };
    } finally {
      SearchIndexer.#register(undefined);
      await pagefind.close();
    }
  }
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
}

/** Writes the Pagefind index into `dist/pagefind/` on every `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') SearchIndexer.start();
      },
      'astro:build:done': async ({ dir }) => {
        const indexer = SearchIndexer.current();
        if (!indexer) throw new Error('the search indexer did not start');
        const started = performance.now();
        const { count, ms } = await indexer.finish(join(fileURLToPath(dir), 'pagefind'));
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        BuildProgress.current()?.note('index', `${count.toLocaleString('en-GB')} articles indexed in ${(ms / 1000).toFixed(1)} s, alongside the render (${waited} s after it)`);
      },
    },
  };
}
