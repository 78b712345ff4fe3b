import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PendingDocument } from '../../src/lib/search/search-document.ts';

// Tests stop a build once it prints the first line of a phase.
export { lineMatching } from '../../scripts/bench/preview.ts';

/** The project's root, where builds run. */
/** A search document whose key is its text, as the indexer's tests hand it over. */
export const readyDocument = (html: string): PendingDocument => ({ key: html, html: () => html });

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  /** Standard output and error, interleaved as written. */
  output: string;
}

/**
 * The environment of a command run by a test: the test's own ARCHIVE_*
 * variables only, never ones inherited from the shell that ran the tests.
 */
function commandEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('ARCHIVE_')),
  );
  return { ...inherited, INIT_CWD: ROOT, ...env };
}

/** Runs `npm run build` (its script, with this Node) with the given ARCHIVE_* variables, to the end. */
export function build(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return finished(startBuild(env, args));
}

/**
 * Starts a build and returns its process, for a test that stops it midway.
 * The build leads a process group of its own, so that a test can end what a
 * build it killed left running.
 */
export function startBuild(env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ['scripts/build.ts', ...args], {
    cwd: ROOT,
    env: commandEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

/** Collects a process's output until it exits. */
export function finished(child: ChildProcess): Promise<Run> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, output }));
  });
}

/** Runs `npm run check-seeds` on a folder. */
export function checkSeeds(
  folder: string,
  env: Record<string, string> = {},
): Run & { lines: string[] } {
  const run = spawnSync(process.execPath, ['scripts/check-seeds.ts', folder], {
    cwd: ROOT,
    encoding: 'utf8',
    env: commandEnv(env),
  });
  return {
    status: run.status,
    signal: run.signal,
    output: run.stdout + run.stderr,
    lines: run.stdout.trim().split('\n'),
  };
}

/** A new empty folder for one test (in `parent`, the system's temporary folder unless told), and a function that removes it. */
export function scratch(
  prefix = 'archive-test-',
  parent = tmpdir(),
): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(parent, prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file below `dir` (links not followed), with a digest of its bytes: two equal trees have equal maps. */
export function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (entry.isSymbolicLink()) files[name] = `link to ${readlinkSync(path)}`;
    else if (entry.isFile())
      files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
    else if (entry.isDirectory()) files[`${name}/`] = 'folder';
  }
  return files;
}

/** The article pages of a built site, as `YYYY/MM/DD/<slug>`: every folder at that depth that holds an index.html. */
export function articlePages(out: string): string[] {
  const below = (path: string, depth: number): string[] =>
    depth === 0
      ? existsSync(join(out, path, 'index.html'))
        ? [path]
        : []
      : readdirSync(join(out, path), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && (depth === 1 || /^\d+$/u.test(entry.name)))
          .flatMap((entry) => below(path ? `${path}/${entry.name}` : entry.name, depth - 1));
  return below('', 4).filter((page) => /^\d{4}\/\d{2}\/\d{2}\/(?!page$)[^/]+$/u.test(page));
}
