import type { ArchiveConfig } from '../config/archive-config.ts';
import { digestBytes, type FileDigest } from '../lib/archive/read-archive.ts';
import { compareCodeUnits } from '../lib/text.ts';

/**
 * A build's inputs in three digests, one per kind of input, so that a build
 * can say which kind changed since the last one. Two builds whose
 * fingerprints are equal write the same site.
 */
export interface Fingerprint {
  /** Every article file: its path in the folder and its bytes. */
  articles: string;
  /** The settings that shape the site (`outputSettings`). */
  settings: string;
  /** The project's own files, its dependencies' lockfile, and the Node that runs the build. */
  code: string;
}

/** What each part of a fingerprint stands for, as a build's log names it. */
const PART_NAMES: Record<keyof Fingerprint, string> = {
  settings: 'the settings that shape the site',
  code: 'the project’s code, its dependencies or Node',
  articles: 'the articles',
};

/**
 * The digest of a list of files: each path with its bytes' digest, in the
 * order of the paths, so that the order the files were listed in does not
 * matter, while a rename, an added or a removed file does. No path holds a
 * NUL or a newline's digest, so no two lists read alike.
 */
export function filesDigest(files: readonly FileDigest[]): string {
  const lines = files
    .map(({ file, digest }) => `${file}\0${digest}\n`)
    .sort(compareCodeUnits)
    .join('');
  return digestBytes(lines);
}

/**
 * The settings of a configuration that can change a byte of the site: all
 * but where the articles are read from and the site written to (no page
 * names either), the folder of search documents (a copy beside the site), the cache folder (whose contents never change the site),
 * and what to do with invalid files (a build with invalid files is never
 * reused). A setting added later is in unless it is left out here.
 */
export function outputSettings({
  seeds: _seeds,
  out: _out,
  searchDocuments: _searchDocuments,
  skipInvalid: _skipInvalid,
  cache: _cache,
  ...settings
}: ArchiveConfig): Partial<ArchiveConfig> {
  return settings;
}

/** The digest of the settings, whatever the order of their keys. */
export function settingsDigest(settings: object): string {
  const entries = Object.entries(settings).sort(([a], [b]) => compareCodeUnits(a, b));
  return digestBytes(JSON.stringify(entries));
}

/** The digest of the project's files and of the runtime that builds (`node v24.21.0 linux x64`). */
export function codeDigest(files: readonly FileDigest[], runtime: string): string {
  return digestBytes(`${runtime}\0${filesDigest(files)}`);
}

/** What differs between two fingerprints, in words, or undefined when they are equal. */
export function fingerprintChange(before: Fingerprint, now: Fingerprint): string | undefined {
  const changed = (Object.keys(PART_NAMES) as (keyof Fingerprint)[]).filter(
    (part) => before[part] !== now[part],
  );
  return changed.length === 0
    ? undefined
    : `${changed.map((part) => PART_NAMES[part]).join(' and ')} changed since the last build`;
}
