import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Runs file operations a few at a time: one at a time is slow, all at once opens too many files. */
export async function inBatches(tasks: (() => Promise<void>)[], size = 32): Promise<void> {
  for (let start = 0; start < tasks.length; start += size) {
    await Promise.all(tasks.slice(start, start + size).map((task) => task()));
  }
}

/** Writes files, given by path under `folder`, making the folders they need. */
export async function writeFiles(
  folder: string,
  files: readonly { path: string; data: string | Uint8Array }[],
): Promise<void> {
  for (const parent of new Set(files.map(({ path }) => dirname(join(folder, path)))))
    await mkdir(parent, { recursive: true });
  await inBatches(
    files.map(
      ({ path, data }) =>
        () =>
          writeFile(join(folder, path), data),
    ),
  );
}
