import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root, where builds run. */
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
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ARCHIVE_')));
  return { ...inherited, INIT_CWD: ROOT, ...env };
}

/** Runs `npm run build` (its script, with this Node) with the given ARCHIVE_* variables, to the end. */
export function build(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return finished(startBuild(env, args));
}

/** Starts a build and returns its process, for a test that stops it midway. */
export function startBuild(env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: ROOT, env: commandEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
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
export function checkSeeds(folder: string, env: Record<string, string> = {}): Run & { lines: string[] } {
  const run = spawnSync(process.execPath, ['scripts/check-seeds.ts', folder], { cwd: ROOT, encoding: 'utf8', env: commandEnv(env) });
  return { status: run.status, signal: run.signal, output: run.stdout + run.stderr, lines: run.stdout.trim().split('\n') };
}

/** A new empty folder for one test, and a function that removes it. */
export function scratch(prefix = 'archive-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
