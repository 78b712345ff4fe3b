import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuildProgress } from './build-progress.ts';
import { globalSlot } from './global-slot.ts';

/**
 * Builds the Pagefind index alongside the rest of the build. The content
 * loader hands over each article's search document as it parses it (see
 * src/lib/search/search-document.ts); once loading is done, Pagefind's CLI, a
 * separate process, indexes them while Astro renders the pages on the other
 * core, and `astro:build:done` only moves the index into place.
 *
 * The CLI rather than Pagefind's Node API: on the same 10,000 articles the
 * CLI took 19 s where the API's service took 29 s.
 */
export class SearchIndexer {
  // The loader and this integration run in different copies of this module.
  static readonly #slot = globalSlot<SearchIndexer>('search-indexer');

  static current(): SearchIndexer | undefined {
    return SearchIndexer.#slot.get();
  }

  /** `work` is emptied and used for the search documents and the index; near the output, a move is a rename. */
  static start(work: string): SearchIndexer {
    const indexer = new SearchIndexer(work);
    SearchIndexer.#slot.set(indexer);
    return indexer;
  }

  readonly #work: string;
  #count = 0;
  #indexed: Promise<{ folder: string; count: number; ms: number }> | undefined;

  private constructor(work: string) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(work, 'site'), { recursive: true });
    this.#work = work;
  }

  /**
   * Writes one article's search document. Synchronously: the loader reads the
   * seed files meanwhile, and thousands of queued writes would slow its reads.
   */
  add(document: string): void {
    writeFileSync(join(this.#work, 'site', `${this.#count++}.html`), document);
  }

  /** Starts indexing once every article has been added; the build goes on meanwhile. */
  seal(): void {
    this.#indexed ??= (async () => {
      const started = performance.now();
      const folder = join(this.#work, 'pagefind');
      await runPagefind(join(this.#work, 'site'), folder);
      return { folder, count: this.#count, ms: performance.now() - started };
    })();
    // Reported by finish(); this only keeps an early failure from being "unhandled".
    this.#indexed.catch(() => {});
  }

  /** Waits for the index and moves it to `outputPath`; always removes the work folder. */
  async finish(outputPath: string): Promise<{ count: number; ms: number }> {
    try {
      this.seal();
      const { folder, count, ms } = await this.#indexed!;
      await rename(folder, outputPath).catch(async (error: NodeJS.ErrnoException) => {
        // Another file system: copy instead.
        if (error.code !== 'EXDEV') throw error;
        await cp(folder, outputPath, { recursive: true });
      });
      return { count, ms };
    } finally {
      SearchIndexer.#slot.set(undefined);
      await rm(this.#work, { recursive: true, force: true });
    }
  }
}

/** Runs Pagefind's CLI on a folder of search documents, failing with its output if it fails. */
function runPagefind(site: string, outputPath: string): Promise<void> {
  // The package exports only its Node API; its CLI runner sits beside it.
  const cli = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--site', site, '--output-path', outputPath, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`Pagefind failed with status ${status}:\n${output}`))));
  });
}

/** Writes the Pagefind index into `dist/pagefind/` on every `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build') SearchIndexer.start(fileURLToPath(new URL('search-index/', config.cacheDir)));
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
