import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { preview } from '../lib/seed/read-seed.ts';
import { compareCodeUnits } from '../lib/text.ts';
import type { Fingerprint } from './fingerprint.ts';

/**
 * The file, beside the output marker, in which a build records what it built
 * the site from and what it wrote. It lists every file of the site, so it is
 * gzip-compressed: it is published with the site.
 */
export const SITE_RECORD = '.news-archive-build.json.gz';

/**
 * Files by path: size and modification time, in milliseconds. The site is
 * this tool's own output, which nothing else should write: unlike the
 * articles, whose copies may keep a time while their bytes change, a file
 * rewritten here gets a new time, and reading every byte of a large site
 * would cost as much as the rest of the check.
 */
const fileEntry = z.tuple([z.string(), z.number(), z.number()]);

const siteRecord = z.object({
  tool: z.literal('news-archive'),
  // Raised whenever what is recorded changes: a record of another format is never read as this one.
  format: z.literal(1),
  fingerprint: z.object({
    // None when an article was invalid: the next build must report it again.
    articles: z.string().nullable(),
    settings: z.string(),
    code: z.string(),
  }),
  folders: z.array(z.string()),
  files: z.array(fileEntry),
});

export type SiteRecord = z.infer<typeof siteRecord>;

/** A build's fingerprint as recorded: without the articles' digest when a file was invalid. */
export type RecordedFingerprint = Omit<Fingerprint, 'articles'> & { articles: string | null };

interface SiteListing {
  folders: string[];
  files: z.infer<typeof fileEntry>[];
  /** Links and special files: a build writes none. */
  others: string[];
}

/** Records, in the finished site at `dir`, what it was built from and every file and folder in it. */
export function writeSiteRecord(dir: string, fingerprint: RecordedFingerprint): void {
  const { folders, files } = listSite(dir);
  const record: SiteRecord = { tool: 'news-archive', format: 1, fingerprint, folders, files };
  writeFileSync(join(dir, SITE_RECORD), gzipSync(JSON.stringify(record)));
}

/** The record of the site at `dir`, or why there is none that can be trusted. */
export function readSiteRecord(
  dir: string,
): { ok: true; record: SiteRecord } | { ok: false; problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, SITE_RECORD));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problem:
        code === 'ENOENT'
          ? `the site at ${dir} has no ${SITE_RECORD}: none has been built there yet, or it was built by an earlier version`
          : `its ${SITE_RECORD} cannot be read (${code ?? String(error)})`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch {
    return { ok: false, problem: `its ${SITE_RECORD} is not whole` };
  }
  const parsed = siteRecord.safeParse(json);
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, problem: `its ${SITE_RECORD} was written by another version of this tool` };
}

/**
 * How the site at `dir` differs from what its record says was written:
 * files or folders missing or added, files of another size or time. Undefined
 * when it is exactly as written.
 */
export function siteDifference(dir: string, record: SiteRecord): string | undefined {
  let listing: SiteListing;
  try {
    listing = listSite(dir);
  } catch (error) {
    return `part of it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  const written = new Map(record.files.map(([path, size, mtime]) => [path, `${size} ${mtime}`]));
  const found = new Map(listing.files.map(([path, size, mtime]) => [path, `${size} ${mtime}`]));
  const folders = new Set(listing.folders);
  const missing = [
    ...record.folders.filter((path) => !folders.delete(path)),
    ...[...written.keys()].filter((path) => !found.has(path)),
  ];
  const changed = [...written].filter(
    ([path, stats]) => found.has(path) && found.get(path) !== stats,
  );
  const added = [
    ...folders,
    ...[...found.keys()].filter((path) => !written.has(path)),
    ...listing.others,
  ];
  const differences = [
    missing.length > 0 && `missing ${preview(missing)}`,
    changed.length > 0 && `changed ${preview(changed.map(([path]) => path))}`,
    added.length > 0 && `not written by the build ${preview(added)}`,
  ].filter((difference) => difference !== false);
  return differences.length > 0 ? differences.join('; ') : undefined;
}

/** Every folder and file below `dir` but the record, in the order of their paths. */
function listSite(dir: string): SiteListing {
  const listing: SiteListing = { folders: [], files: [], others: [] };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (entry.isDirectory()) listing.folders.push(name);
    else if (!entry.isFile()) listing.others.push(name);
    else if (name !== SITE_RECORD) {
      const { size, mtimeMs } = lstatSync(path);
      listing.files.push([name, size, mtimeMs]);
    }
  }
  listing.folders.sort(compareCodeUnits);
  listing.files.sort(([a], [b]) => compareCodeUnits(a, b));
  return listing;
}
