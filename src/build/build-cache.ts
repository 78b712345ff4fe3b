import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Fingerprint } from './fingerprint.ts';

/**
 * The file that marks a folder as this tool's build cache: a build empties
 * such a folder when it cannot trust it, so it must never empty one without it
 * (output-folder.ts refuses those).
 */
export const CACHE_MARKER = '.news-archive-cache';
const CACHE_MARKER_TEXT =
  'This folder is the build cache of news-archive. A build empties it whenever it cannot trust it: keep nothing else here.\n';

/** The record of the build that wrote the cache, beside the marker. */
const STATE = 'build.json';

const cacheState = z.object({
  tool: z.literal('news-archive'),
  // Raised whenever what the cache holds changes shape: a cache of another format is emptied, never read.
  format: z.literal(1),
  settings: z.string(),
  code: z.string(),
  // False from the start of a build until its site is published: a build that stopped midway leaves it so.
  complete: z.boolean(),
});

/** Who the cache is for: the settings and code of the build that writes it. */
export type CacheOwner = Pick<Fingerprint, 'settings' | 'code'>;

export interface BuildCache {
  /** Astro's `cacheDir`: its content store, and its incremental build's manifest and copies of pages. */
  astro: string;
  /** The search shards' Pagefind indexes, by digest of their documents (src/search-index/). */
  search: string;
  /** The articles as read from their files, and their words and names, by file and digest (article-cache.ts). */
  articles: string;
  /** Whether what the last build kept is used. */
  reused: boolean;
  /** What this build makes of the cache the last one left, in words for the build's log. */
  found: string;
  /** Called once the site is published: the next build may trust what this one kept. */
  seal(): void;
}

/**
 * Opens the cache folder at `folder` (ARCHIVE_CACHE, checked by the build's
 * configuration like its output folder) for a build of `owner`. What an
 * earlier build kept is used only when that build finished and had the same
 * settings and code: a cache of another version of the project, of other
 * settings, of a build that stopped midway, or of unknown origin, is emptied,
 * not trusted, as it is when `ignore` gives a reason to.
 */
export function openBuildCache(folder: string, owner: CacheOwner, ignore?: string): BuildCache {
  mkdirSync(folder, { recursive: true });
  const kept = readdirSync(folder).some((name) => name !== CACHE_MARKER);
  const distrust = kept ? (ignore ?? distrustOf(folder, owner)) : undefined;
  if (distrust !== undefined) empty(folder);
  writeFileSync(join(folder, CACHE_MARKER), CACHE_MARKER_TEXT);
  writeState(folder, { ...owner, complete: false });
  return {
    astro: join(folder, 'astro'),
    search: join(folder, 'search'),
    articles: join(folder, 'articles'),
    reused: kept && distrust === undefined,
    found: !kept
      ? 'empty, nothing kept yet'
      : distrust === undefined
        ? 'reused, as the last build left it'
        : `emptied, since ${distrust}`,
    seal: () => writeState(folder, { ...owner, complete: true }),
  };
}

/** Why what is in `folder` may not be used by a build of `owner`, or undefined when it may. */
function distrustOf(folder: string, owner: CacheOwner): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(folder, STATE), 'utf8');
  } catch {
    return `it has no ${STATE} saying which build wrote it`;
  }
  let state: z.infer<typeof cacheState>;
  try {
    state = cacheState.parse(JSON.parse(text));
  } catch {
    return `its ${STATE} is not one this version of the project writes`;
  }
  if (!state.complete) return 'the build that wrote it did not finish';
  if (state.code !== owner.code)
    return 'it was written by another version of the project’s code, its dependencies or Node';
  if (state.settings !== owner.settings)
    return 'it was written for other settings that shape the site';
  return undefined;
}

/** Removes all but the marker: the folder itself may be one CI keeps, or a mount. */
function empty(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (name !== CACHE_MARKER) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

function writeState(folder: string, state: Omit<z.infer<typeof cacheState>, 'tool' | 'format'>) {
  const temporary = join(folder, `${STATE}.partial`);
  writeFileSync(temporary, JSON.stringify({ tool: 'news-archive', format: 1, ...state }));
  renameSync(temporary, join(folder, STATE));
}
