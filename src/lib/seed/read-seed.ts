import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { decodeSeed } from './decode-seed.ts';
import { parseSeed, parseStructure, type StructureResult } from './parse-seed.ts';
import type { ParseResult } from './types.ts';

export const SEED_EXTENSION = '.txt';

/** A seed file's bytes to an article or a precise error: strict UTF-8, then the parser. */
export function readSeed(bytes: Uint8Array, file: string): ParseResult {
  const decoded = decodeSeed(bytes, file);
  return decoded.ok ? parseSeed(decoded.text, file) : decoded;
}

/** A seed file's bytes to its date and blocks only, for rendering a body whose metadata is known. */
export function readSeedStructure(bytes: Uint8Array, file: string): StructureResult {
  const decoded = decodeSeed(bytes, file);
  return decoded.ok ? parseStructure(decoded.text, file) : decoded;
}

export interface SeedFolder {
  /** Article files, as paths relative to the folder, in a stable order. */
  seeds: string[];
  /** Every other file, which is not an article. */
  ignored: string[];
}

/** The files below `folder`, split into articles and others. */
export async function listSeedFolder(folder: string): Promise<SeedFolder> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
  return {
    seeds: files.filter((file) => file.endsWith(SEED_EXTENSION)),
    ignored: files.filter((file) => !file.endsWith(SEED_EXTENSION)),
  };
}

/** A few names of a long list, for one log line. */
export function preview(files: readonly string[]): string {
  const shown = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${shown} and ${files.length - 5} more` : shown;
}
