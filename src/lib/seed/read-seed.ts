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

/** A few names of a long list, for one log line. */
export function preview(files: readonly string[]): string {
  const shown = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${shown} and ${files.length - 5} more` : shown;
}
