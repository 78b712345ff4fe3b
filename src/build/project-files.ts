import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { digestBytes, type FileDigest } from '../lib/archive/read-archive.ts';

/**
 * What of the project can change a byte of the site: the code and templates,
 * the files copied as they are, Astro's and TypeScript's configuration, and
 * the dependencies, as their lockfile pins them.
 */
const PROJECT_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** Every file of the project's inputs, by its path in the project, with its bytes' digest. */
export function projectFiles(root: string): FileDigest[] {
  return PROJECT_INPUTS.flatMap((input) => {
    const path = join(root, input);
    const paths = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => !entry.isDirectory())
          .map((entry) => join(entry.parentPath, entry.name))
      : [path];
    return paths.map((file) => ({
      file: relative(root, file),
      digest: digestBytes(readFileSync(file)),
    }));
  });
}

/** The runtime that builds: Node's version, and the platform whose Pagefind binary indexes. */
export function runtime(): string {
  return `node ${process.version} ${process.platform} ${process.arch}`;
}
