/**
 * Everything the build does with Pagefind's files: its binary, its CLI, the
 * UI files of its bundles, and the sharded engine that takes the place of its
 * own at the top of the search bundle. What it assumes of Pagefind 1.6 (the
 * dependency is pinned to 1.6.0; tests/integration/search-index.test.ts and
 * empty-archive.test.ts build real bundles with it):
 *
 * - The package's Node API entry (`lib/index.js`) has the resolver of its
 *   `npx pagefind` runner beside it, `resolveBinary.js`, whose
 *   `resolveBinaryPath(names)` finds this platform's binary, `pagefind_extended`
 *   or `pagefind`. The package exports only its Node API, so the resolver is
 *   reached by its path.
 * - `pagefind --site DIR --output-path OUT --quiet` indexes the HTML files in
 *   DIR into a complete bundle in OUT, and exits with status 0 once it has.
 *   Besides its arguments, it reads `PAGEFIND_*` environment variables and a
 *   `pagefind.{json,toml,yml,yaml}` in its working folder. The same files,
 *   under the same names, give the same bytes wherever DIR and OUT are
 *   (docs/search.md): the indexer reuses a shard's bundle on that.
 * - `pagefind --version` prints its name and version.
 * - Every bundle holds its engine (`pagefind.js`, its worker, WebAssembly and
 *   index) and every UI, as `pagefind-{ui,modular-ui,component-ui,highlight}`
 *   `.js` and `.css`. A UI finds the engine through the bundle path the page
 *   gives it, not through the bundle it came from, so one copy serves all
 *   shards.
 * - Pagefind writes its UI files only beside an index, and indexes no site
 *   without text.
 * - The Component UI imports `pagefind.js` from its bundle path and calls its
 *   `createInstance()`; the archive's engine (src/client/pagefind-api.ts)
 *   takes the place of Pagefind's own. What the archive index assumes of a
 *   shard's files is in src/lib/search/pagefind-format.ts.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build as esbuild, type Plugin } from 'esbuild';

/** The archive's search engine, bundled on its own because Pagefind's UIs load it by a fixed name. */
const ENGINE_ENTRY = fileURLToPath(new URL('../client/pagefind-api.ts', import.meta.url));

/**
 * Tells esbuild that cborg, Pagefind's CBOR decoder, has no side effects when
 * loaded, as its package does not: the engine never decodes CBOR (fragments
 * are JSON), but its Pagefind-format module imports cborg for the build, and
 * without this the engine carried cborg's tables and encoder, 20 kB of its 57.
 */
const cborgWithoutSideEffects: Plugin = {
  name: 'cborg-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^cborg$/ }, async ({ path, kind, resolveDir, pluginData }) => {
      if (pluginData === cborgWithoutSideEffects) return undefined;
      const resolved = await build.resolve(path, {
        kind,
        resolveDir,
        pluginData: cborgWithoutSideEffects,
      });
      return { path: resolved.path, sideEffects: false };
    });
  },
};

const UI_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/u;

const INDEX_OPTIONS = ['--quiet'];

/**
 * Everything besides its documents that shapes the bundle `indexFolder`
 * makes of them: Pagefind's binary and version, the options, and the
 * environment variables Pagefind reads.
 */
export async function pagefindSettings(): Promise<string> {
  const binary = await pagefindBinary();
  const { stdout: version } = await promisify(execFile)(binary, ['--version']);
  const environment = Object.entries(process.env)
    .filter(([name]) => name.startsWith('PAGEFIND_'))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return JSON.stringify([basename(binary), version.trim(), INDEX_OPTIONS, environment]);
}

/** A run of Pagefind's CLI: `done` fails with its output if it fails. */
export interface PagefindRun {
  done: Promise<void>;
  stop(): void;
}

/**
 * Indexes a folder of search documents into a Pagefind bundle at `outputPath`.
 * Pagefind runs in `site`, which holds only the documents, so that no
 * configuration file of Pagefind's adds to what it reads.
 */
export async function indexFolder(site: string, outputPath: string): Promise<PagefindRun> {
  const child = spawn(
    await pagefindBinary(),
    ['--site', resolve(site), '--output-path', resolve(outputPath), ...INDEX_OPTIONS],
    { cwd: site, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
  return { done, stop: () => child.kill() };
}

/**
 * Makes the folder that holds the shards' bundles (`shards`, paths in it), once
 * the archive index is written from them, the site's search bundle: one copy
 * of the UI files the site loads and the archive's engine as its
 * `pagefind.js`. The shards' own engines go: nothing loads them. `scratch` is
 * a folder it may write in.
 */
export async function completeBundle(
  folder: string,
  shards: readonly string[],
  scratch: string,
): Promise<void> {
  if (shards.length === 0) await placeholderUi(scratch, folder);
  else await moveUi(join(folder, shards[0]!), folder);
  for (const shard of shards) await rm(join(folder, shard), { recursive: true, force: true });
  await esbuild({
    entryPoints: [ENGINE_ENTRY],
    outfile: join(folder, 'pagefind.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    // V8's explicit compile hint: the engine is compiled as it loads, not function by function during the first search.
    banner: { js: '//# allFunctionsCalledOnLoad' },
    plugins: [cborgWithoutSideEffects],
    logLevel: 'error',
  });
}

/**
 * Moves a bundle's copy of Pagefind's UIs into the search bundle: the site loads the
 * Component UI and the highlight script, and a reader's or integrator's page
 * may load the Default or Modular UI over the same engine.
 */
async function moveUi(from: string, to: string): Promise<void> {
  for (const file of (await readdir(from)).filter((name) => UI_FILES.test(name)))
    await rename(join(from, file), join(to, file));
}

/**
 * The UI for an archive with no article, which has no shard to take it from:
 * Pagefind indexes a placeholder page in a folder of its own, and its UI
 * files are kept.
 */
async function placeholderUi(scratch: string, folder: string): Promise<void> {
  const site = join(scratch, 'placeholder');
  const bundle = join(scratch, 'placeholder-bundle');
  await mkdir(site, { recursive: true });
  await writeFile(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><body><p>No articles yet.</p></body></html>',
  );
  const run = await indexFolder(site, bundle);
  await run.done;
  await moveUi(bundle, folder);
}

/**
 * Run itself, not through the `npx pagefind` runner: stopping the runner, a
 * Node process that waits for the binary, would leave the binary running.
 */
async function pagefindBinary(): Promise<string> {
  const resolver = new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href;
  const { resolveBinaryPath } = (await import(resolver)) as {
    resolveBinaryPath: (names: string[]) => string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}
