import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, realPath } from './output-folder.ts';

/**
 * Replaces the site at `out` with the finished one at `site`, in a way no
 * failure can leave half done: the new site first moves beside the old one
 * (copied, when `site` is on another file system), then two renames swap
 * them, and only then is the old one removed. A build stopped at any moment
 * leaves the old site whole at `out`, or, between the two renames, whole
 * beside it, where the next build puts it back (`recoverOutput`).
 * `beforeSwap` is called with the new site's folder once it is beside `out`,
 * where its files have the times they keep once published.
 */
export async function publishSite(
  site: string,
  out: string,
  beforeSwap?: (folder: string) => void,
): Promise<void> {
  const target = realPath(out);
  const next = sibling(target, 'next');
  const previous = sibling(target, 'previous');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(join(site, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  await moveFolder(site, next);
  beforeSwap?.(next);

  const replacing = existsSync(target);
  if (replacing) renameSync(target, previous);
  try {
    renameSync(next, target);
  } catch (error) {
    if (replacing) renameSync(previous, target);
    throw error;
  }
  if (replacing) await removeOwnFolder(previous);
}

/**
 * Tidies what a build stopped while publishing left beside `out`: puts the
 * previous site back if it was set aside and `out` is missing, and removes
 * the rest. Only folders of this tool's naming that hold its marker, and
 * whose build has ended, are touched. Returns what it did, for the log.
 */
export async function recoverOutput(out: string): Promise<string[]> {
  const target = realPath(out);
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(target)}.`;
  const left = readdirSync(parent)
    .map((name) => ({
      name,
      match: name.startsWith(prefix)
        ? /^(next|previous)-(\d+)$/u.exec(name.slice(prefix.length))
        : null,
    }))
    .filter(
      ({ name, match }) =>
        match && !isRunning(Number(match[2])) && existsSync(join(parent, name, OUTPUT_MARKER)),
    )
    .map(({ name, match }) => ({
      path: join(parent, name),
      kind: match![1]!,
      mtime: statSync(join(parent, name)).mtimeMs,
    }));
  const notes: string[] = [];
  const previous = left
    .filter(({ kind }) => kind === 'previous')
    .toSorted((a, b) => b.mtime - a.mtime)[0];
  if (previous && !existsSync(target)) {
    renameSync(previous.path, target);
    notes.push(
      `put back the site at ${target}, which a build stopped while publishing had set aside`,
    );
  }
  for (const { path } of left) {
    if (!existsSync(path)) continue;
    await removeOwnFolder(path);
    notes.push(`removed ${path}, left by a build that was stopped`);
  }
  return notes;
}

/** Removes a folder of this tool's, its marker last, so that a removal cut short is finished by the next build's `recoverOutput`. */
async function removeOwnFolder(path: string): Promise<void> {
  for (const name of readdirSync(path))
    if (name !== OUTPUT_MARKER) await rm(join(path, name), { recursive: true, force: true });
  await rm(path, { recursive: true, force: true });
}

function sibling(target: string, kind: 'next' | 'previous'): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${process.pid}`);
}

/** A rename, or where `to` is on another file system, a copy with the marker written first, so that an unfinished copy is known as this tool's. */
async function moveFolder(from: string, to: string): Promise<void> {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    mkdirSync(to);
    writeFileSync(join(to, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
