import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import { formatCount } from '../lib/text.ts';
import {
  DEFAULT_SHARD_SIZE,
  MANIFEST_FILE,
  planShards,
  shardManifest,
  shardPath,
  type FilterCounts,
} from '../lib/search/shards.ts';
import { BuildProgress } from './build-progress.ts';
import { currentBuildRun } from './build-run.ts';
import { globalSlot } from './global-slot.ts';

/** Search documents written at once: enough to keep Node's thread pool busy. */
const WRITE_LANES = 8;

/** The sharded engine's source, relative to the project root. */
const ENGINE_ENTRY = 'src/client/sharded-pagefind.ts';

/**
 * Pagefind's UI files: every shard's bundle has all its UIs; the site uses one
 * copy of the Component UI, and of the highlight script for article pages.
 */
const UI_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/u;
const USED_UI_FILES = new Set([
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]);

/**
 * Builds the search index alongside the rest of the build, in chronological
 * shards (src/lib/search/shards.ts). Once it has read the archive, the
 * loader announces the articles' dates (`plan`), then hands over each
 * article's search document, oldest first (src/lib/search/search-document.ts).
 * As soon as a shard's articles are all in, Pagefind's CLI, a separate
 * process, indexes it, one shard at a time, while Astro renders the pages on
 * the other core. `astro:build:done` moves the shards into place with the manifest, one
 * copy of Pagefind's UI and the sharded engine the UI loads
 * (src/client/sharded-pagefind.ts).
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

  /** `work` is emptied and used for the search documents and the index; it is beside the output, so the index moves there by a rename. */
  static start(work: string, root: URL, shardSize = DEFAULT_SHARD_SIZE): SearchIndexer {
    const indexer = new SearchIndexer(work, fileURLToPath(new URL(ENGINE_ENTRY, root)), shardSize);
    SearchIndexer.#slot.set(indexer);
    return indexer;
  }

  readonly #work: string;
  readonly #engineEntry: string;
  readonly #shardSize: number;
  /** Per position in the plan: its date and its shard. */
  #dates: readonly string[] = [];
  #shardOf: number[] = [];
  #shards: number[][] = [];
  #unsettled: number[] = [];
  #running: Promise<void> = Promise.resolve();
  /** Writes in flight, each lane one after another: unbounded, 100,000 writes would open more files than a process may. */
  readonly #lanes: Promise<void>[] = Array.from({ length: WRITE_LANES }, () => Promise.resolve());
  #child: ChildProcess | undefined;
  #aborted = false;
  readonly #started = performance.now();
  #indexed: Promise<{ folder: string; count: number; shards: string[]; ms: number }> | undefined;

  private constructor(work: string, engineEntry: string, shardSize: number) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    this.#work = work;
    this.#engineEntry = engineEntry;
    this.#shardSize = shardSize;
  }

  /**
   * Announces the articles the loader will hand over, by date, in the order it
   * will: oldest first, so each shard is complete, and indexed, while newer
   * articles are still being handed over.
   */
  plan(dates: readonly string[]): void {
    this.#dates = dates;
    this.#shards = planShards(dates, this.#shardSize);
    this.#shardOf = [];
    for (const [shard, members] of this.#shards.entries()) {
      for (const member of members) this.#shardOf[member] = shard;
      mkdirSync(this.#site(shard), { recursive: true });
    }
    this.#unsettled = this.#shards.map((members) => members.length);
  }

  /**
   * Writes the search document of the article at `position` in the plan. The
   * write is left to Node's thread pool, so the loader goes on meanwhile (done
   * in the loader's thread, 100,000 writes took tens of seconds); a shard is
   * indexed once its last document is on disk. The promise settles when the
   * document's lane has room: a caller that awaits it holds at most two
   * documents a lane in memory, not the whole archive's, and yields to the
   * writes and to the indexing of shards already complete.
   */
  async add(position: number, document: string): Promise<void> {
    const lane = position % WRITE_LANES;
    const room = this.#lanes[lane]!;
    const written = room.then(() =>
      writeFile(join(this.#site(this.#shardOf[position]!), `${position}.html`), document),
    );
    this.#lanes[lane] = written;
    void written.then(
      () => this.#settle(position),
      () => this.abort(),
    );
    // A failed write is reported by seal() and finish(), not to the caller that merely waited for room.
    await room.catch(() => undefined);
  }

  /** Stops indexing: the build has failed. */
  abort(): void {
    this.#aborted = true;
    this.#child?.kill();
  }

  /**
   * Once every article has been added: the index is complete when
   * the last shard is. `filters` are counts the browser lists besides the
   * dates' (which the shards' own lists cover), for filters no shard is
   * skipped by.
   */
  seal(filters: FilterCounts = {}): void {
    this.#indexed ??= (async () => {
      // A failed write has aborted indexing; this reports it.
      await Promise.all(this.#lanes);
      await this.#running;
      const folder = join(this.#work, 'pagefind');
      const shards = this.#shards.map((members, index) => ({ path: shardPath(index), members }));
      // Pagefind made the folder, unless the archive has no article and so no shard.
      await mkdir(folder, { recursive: true });
      await writeFile(
        join(folder, MANIFEST_FILE),
        JSON.stringify(shardManifest(this.#dates, shards, filters)),
      );
      return {
        folder,
        count: shards.reduce((sum, shard) => sum + shard.members.length, 0),
        shards: shards.map((shard) => shard.path),
        ms: performance.now() - this.#started,
      };
    })();
    // Reported by finish(); this only keeps an early failure from being "unhandled".
    this.#indexed.catch(() => {});
  }

  #site(shard: number): string {
    return join(this.#work, 'shards', String(shard));
  }

  #settle(position: number): void {
    const shard = this.#shardOf[position]!;
    if (--this.#unsettled[shard]! > 0) return;
    // One shard at a time: Astro's render uses the other core, and each
    // shard's memory is freed before the next starts.
    this.#running = this.#running.then(async () => {
      if (this.#aborted) return;
      const run = runPagefind(
        await pagefindBinary(),
        this.#site(shard),
        join(this.#work, 'pagefind', shardPath(shard)),
      );
      this.#child = run.child;
      await run.done;
    });
  }

  /** Waits for the index and moves it to `outputPath`; always removes the work folder. */
  async finish(outputPath: string): Promise<{ count: number; shards: number; ms: number }> {
    try {
      this.seal();
      const { folder, count, shards, ms } = await this.#indexed!;
      if (shards.length === 0) await placeholderUi(this.#work, folder);
      else await keepOneUi(folder, shards);
      await bundleEngine(this.#engineEntry, join(folder, 'pagefind.js'));
      await rename(folder, outputPath);
      return { count, shards: shards.length, ms };
    } finally {
      SearchIndexer.#slot.set(undefined);
      await rm(this.#work, { recursive: true, force: true });
    }
  }
}

/**
 * Moves the first shard's copy of the UI the search page loads beside the
 * shards, and removes every other UI file: the shards need only their engine.
 */
async function keepOneUi(folder: string, shards: readonly string[]): Promise<void> {
  for (const [index, shard] of shards.entries()) {
    for (const file of (await readdir(join(folder, shard))).filter((name) => UI_FILES.test(name))) {
      if (index === 0 && USED_UI_FILES.has(file))
        await rename(join(folder, shard, file), join(folder, file));
      else await rm(join(folder, shard, file));
    }
  }
}

/**
 * Pagefind's UI for an archive with no article, which has no shard to take it
 * from. Pagefind writes its UI files only beside an index, and indexes no site
 * without text, so it indexes a placeholder page in a folder of its own, of
 * which only the UI files the site uses are kept.
 */
async function placeholderUi(work: string, folder: string): Promise<void> {
  const site = join(work, 'placeholder');
  const bundle = join(work, 'placeholder-bundle');
  await mkdir(site, { recursive: true });
  await writeFile(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><body><p>No articles yet.</p></body></html>',
  );
  await runPagefind(await pagefindBinary(), site, bundle).done;
  for (const file of USED_UI_FILES) await rename(join(bundle, file), join(folder, file));
}

/** Builds the sharded engine the UI imports as `pagefind.js`. */
async function bundleEngine(entry: string, outfile: string): Promise<void> {
  await esbuild({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'error',
  });
}

/**
 * Pagefind's CLI binary for this platform, found as the package's own `npx
 * pagefind` runner finds it. The package exports only its Node API; the
 * runner and its resolver sit beside it. The binary is run itself, not
 * through the runner: stopping the runner, a Node process that waits for the
 * binary, would leave the binary running.
 */
async function pagefindBinary(): Promise<string> {
  const resolver = new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href;
  const { resolveBinaryPath } = (await import(resolver)) as {
    resolveBinaryPath: (names: string[]) => string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Runs Pagefind's CLI on a folder of search documents; `done` fails with its output if it fails. */
function runPagefind(
  binary: string,
  site: string,
  outputPath: string,
): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(binary, ['--site', site, '--output-path', outputPath, '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0
        ? resolve()
        : reject(new Error(`Pagefind failed with status ${status}:\n${output}`)),
    );
  });
  return { child, done };
}

/** Writes the sharded Pagefind index into `dist/pagefind/` on every `astro build`. */
export function searchIndex({
  shardSize = DEFAULT_SHARD_SIZE,
}: { shardSize?: number | undefined } = {}): AstroIntegration {
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // A folder of this build's own: a Pagefind process left running by a build that was killed cannot write into it.
        const run = currentBuildRun();
        if (command === 'build' && run) SearchIndexer.start(run.searchWork, config.root, shardSize);
      },
      'astro:build:done': async ({ dir }) => {
        const indexer = SearchIndexer.current();
        if (!indexer) throw new Error('the search indexer did not start');
        const started = performance.now();
        const { count, shards, ms } = await indexer.finish(join(fileURLToPath(dir), 'pagefind'));
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        BuildProgress.current()?.note(
          'index',
          `${formatCount(count)} articles indexed in ${formatCount(shards)} shard(s) in ${(ms / 1000).toFixed(1)} s, alongside the render (${waited} s after it)`,
        );
      },
    },
  };
}
