import { existsSync } from 'node:fs';
import { archiveNotices } from '../lib/archive/archive-notices.ts';
import { digestArchive } from '../lib/archive/read-archive.ts';
import { filesDigest, fingerprintChange, type Fingerprint } from './fingerprint.ts';
import { readSiteRecord, siteDifference } from './site-record.ts';

/** Whether a build may keep the published site, and if not, why. */
export type Reuse =
  { reuse: true; articles: number; notices: string[] } | { reuse: false; reason: string };

/**
 * Whether the site published at `out` is the one a build of the articles in
 * `seeds` would write now: its record names the same settings, code and
 * article files, byte for byte, and every file it wrote is there as written,
 * and nothing else. Anything else, or anything that cannot be read, means a
 * full build: the site is never trusted on less.
 */
export function publishedSiteReuse(
  out: string,
  seeds: string,
  now: Omit<Fingerprint, 'articles'>,
): Reuse {
  if (!existsSync(out)) return { reuse: false, reason: `nothing is published at ${out} yet` };
  const read = readSiteRecord(out);
  if (!read.ok) return { reuse: false, reason: read.problem };
  const { record } = read;
  const { articles: built, ...rest } = record.fingerprint;
  if (built === null)
    return {
      reuse: false,
      reason: 'the last build had invalid articles, which every build lists',
    };
  const archive = digestArchive(seeds);
  if (archive.errors.length > 0)
    return {
      reuse: false,
      reason: `${archive.errors.length} article file(s) cannot be read, which the build lists`,
    };
  const change = fingerprintChange(
    { ...rest, articles: built },
    { ...now, articles: filesDigest(archive.files) },
  );
  if (change) return { reuse: false, reason: change };
  const difference = siteDifference(out, record);
  if (difference)
    return {
      reuse: false,
      reason: `the published site is not as the last build wrote it: ${difference}`,
    };
  return { reuse: true, articles: archive.files.length, notices: archiveNotices(archive) };
}
