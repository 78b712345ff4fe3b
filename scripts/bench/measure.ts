import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  wallMs: number;
  /** Highest sum of resident memory over the command and all its descendants, sampled every 250 ms. */
  peakRssBytes: number;
  output: string;
  /** Whether it was stopped for passing `memoryLimitBytes`. */
  overLimit: boolean;
}

/**
 * Runs a command and measures its wall time and the peak memory of its whole
 * process tree, stopping it if that passes `memoryLimitBytes`: a tool that
 * would exhaust the machine's memory is reported as such instead.
 */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; memoryLimitBytes?: number } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    let overLimit = false;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, treeRss(child.pid));
      if (peak > (options.memoryLimitBytes ?? Infinity) && !overLimit) {
        overLimit = true;
        child.kill();
      }
    }, 250);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({
        status,
        wallMs: performance.now() - started,
        peakRssBytes: peak,
        output,
        overLimit,
      });
    });
  });
}

/**
 * Resident memory of a process and all its descendants, following
 * /proc/PID/task/TID/children so that a sample reads only the build's own
 * processes: the machine's two cores are busy with the build being measured.
 */
function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/statm`, 'utf8');
      total += Number(status.split(' ')[1]) * 4096;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Total size of the files below a folder, and how many there are. */
export function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += readFileSync(`${entry.parentPath}/${entry.name}`).byteLength;
  }
  return { bytes, files };
}
