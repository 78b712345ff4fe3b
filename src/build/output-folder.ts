import { accessSync, constants, existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, relative, sep } from 'node:path';
import { preview } from '../lib/seed/read-seed.ts';

/**
 * The file that marks a folder as this tool's output. A build replaces a
 * folder only when it holds this file, or nothing at all: pointed by mistake
 * at a folder of articles, a web root or a home folder, it refuses instead.
 */
export const OUTPUT_MARKER = '.news-archive';
export const OUTPUT_MARKER_TEXT =
  'This folder is a site built by news-archive. Each build replaces all of it: keep nothing else here.\n';

/** The project's own folders, which no build may write into. */
const PROJECT_FOLDERS = [
  '.astro',
  '.ci',
  '.git',
  'docs',
  'node_modules',
  'public',
  'scripts',
  'seeds',
  'src',
  'tests',
];

export interface OutputPlaces {
  /** The project's root folder. */
  root: string;
  /** The folder of articles. */
  seeds: string;
  home?: string;
}

/**
 * Why the build may not publish to `out`, as what is found there, or
 * undefined when it may. Paths are compared where they really are, links
 * resolved, so a link cannot lead the build into the articles.
 */
export function outputRefusal(
  out: string,
  { root, seeds, home = homedir() }: OutputPlaces,
  marker = OUTPUT_MARKER,
): string | undefined {
  const target = realPath(out);
  const real = { root: realPath(root), seeds: realPath(seeds), home: realPath(home) };
  if (target === parse(target).root) return 'the root of the file system';
  if (within(real.home, target))
    return target === real.home
      ? 'a home folder'
      : `a folder that holds the home folder ${real.home}`;
  if (within(real.root, target))
    return target === real.root
      ? 'this project’s own folder'
      : `a folder that holds this project (${real.root})`;
  const own = PROJECT_FOLDERS.find((name) => within(target, join(real.root, name)));
  if (own)
    return `this project’s own folder ${own}${sep}${target === join(real.root, own) ? '' : ' or a folder inside it'}`;
  if (within(real.seeds, target))
    return target === real.seeds
      ? 'the folder of articles (ARCHIVE_SEEDS)'
      : `a folder that holds the articles (ARCHIVE_SEEDS is ${real.seeds})`;
  if (within(target, real.seeds))
    return `a folder inside the folder of articles (${real.seeds}), whose next build would read the site`;
  if (!existsSync(target)) return writableParent(target);

  const stats = statSync(target);
  if (!stats.isDirectory()) return 'a file, not a folder';
  if (statSync(dirname(target)).dev !== stats.dev)
    return 'a mount point, which cannot be swapped for a new site by renaming; use a folder inside it';
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(marker)) {
    return `a folder that holds files this tool did not write (${preview(entries.toSorted())}; no ${marker} file): choose a new or empty folder, or empty this one yourself`;
  }
  return writableParent(target);
}

/** The folder's nearest existing ancestor must take new folders: the site is staged beside it. */
function writableParent(target: string): string | undefined {
  let parent = dirname(target);
  while (!existsSync(parent)) parent = dirname(parent);
  try {
    accessSync(parent, constants.W_OK | constants.X_OK);
    return undefined;
  } catch {
    return `a folder in ${parent}, where this user cannot write`;
  }
}

/** The path with every link resolved, as far as it exists. */
export function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), relative(parent, path));
}

/** Whether `inner` is `outer` or inside it. */
export function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !parse(path).root);
}
