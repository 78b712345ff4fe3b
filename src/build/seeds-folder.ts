import { accessSync, constants, existsSync, statSync } from 'node:fs';
import type { ConfigProblem } from '../config/archive-config.ts';

/** Why the folder of articles cannot be read, naming ARCHIVE_SEEDS and its value (`value`, as set), or undefined when it can. */
export function seedsFolderProblem(
  folder: string,
  value: string | undefined,
): ConfigProblem | undefined {
  const refusal = seedsFolderRefusal(folder);
  return refusal === undefined
    ? undefined
    : {
        variable: 'ARCHIVE_SEEDS',
        value,
        expected: 'a folder of articles',
        found: `${folder}: ${refusal}`,
      };
}

function seedsFolderRefusal(folder: string): string | undefined {
  if (!existsSync(folder)) return 'no such folder';
  if (!statSync(folder).isDirectory()) return 'a file, not a folder';
  try {
    accessSync(folder, constants.R_OK | constants.X_OK);
    return undefined;
  } catch {
    return 'a folder this user cannot read';
  }
}
