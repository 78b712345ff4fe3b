import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Measured } from './measure.ts';
import { median } from './median.ts';

/** A single Pagefind index of a large archive outgrows this machine's 24 GiB: the comparison run stops here. */
const COMPARISON_MEMORY_LIMIT = 18 * 2 ** 30;

export interface HugoPagefind {
  hugo: Measured;
  pagefind: Measured;
}

/** Whether Debian's `hugo` is on the PATH. */
export async function hugoInstalled(): Promise<boolean> {
  const version = await measure('hugo', ['version']).catch(() => undefined);
  return version?.status === 0;
}

/**
 * Builds a Hugo site written by `writeHugoSite` into an empty `public/` and
 * indexes it with Pagefind's CLI, `runs` times, and returns the median pair.
 * Hugo has no incremental mode and Pagefind indexes the whole site, so
 * every run is a full build, however little the site changed.
 */
export async function timeHugoAndPagefind(siteDir: string, runs: number): Promise<HugoPagefind> {
  const pairs: HugoPagefind[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(join(siteDir, 'public'), { recursive: true, force: true });
    const limit = { memoryLimitBytes: COMPARISON_MEMORY_LIMIT };
    const hugo = await measure(
      'hugo',
      ['--quiet', '--source', siteDir, '--destination', join(siteDir, 'public')],
      limit,
    );
    const pagefind = await measure(
      'node_modules/.bin/pagefind',
      ['--site', join(siteDir, 'public')],
      limit,
    );
    pairs.push({ hugo, pagefind });
  }
  return median(pairs, (pair) => pair.hugo.wallMs + pair.pagefind.wallMs);
}

/** Why a comparison run has no time to compare with, or nothing when both tools finished. */
export function hugoFailure({ hugo, pagefind }: HugoPagefind): string | undefined {
  if (hugo.status === 0 && pagefind.status === 0) return undefined;
  return pagefind.overLimit
    ? `Pagefind stopped at ${mib(pagefind.peakRssBytes)} MiB, over the ${mib(COMPARISON_MEMORY_LIMIT)} MiB limit`
    : `Hugo exited with ${hugo.status}, Pagefind with ${pagefind.status}`;
}

export function mib(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
