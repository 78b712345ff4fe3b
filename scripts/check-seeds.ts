/**
 * Checks a folder of seed articles without building the site:
 * `npm run check-seeds [dir]` (default `seeds/`). It reports the same
 * problems as the build, every one of them, and exits non-zero if any file
 * is not a valid article.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandPlaces, formatProblem, readConfig } from '../src/config/archive-config.ts';
import { seedsFolderProblem } from '../src/build/seeds-folder.ts';
import { listSeedFolder, preview, readSeed, SEED_EXTENSION } from '../src/lib/seed/read-seed.ts';
import { SeedRegistry } from '../src/lib/seed/seed-registry.ts';
import { formatSeedError, type SeedError } from '../src/lib/seed/types.ts';
import { articleId } from '../src/lib/urls.ts';

// The folder named on the command line stands for ARCHIVE_SEEDS, and is checked as the build checks it.
const argument = process.argv[2];
const read = readConfig({ ...process.env, ...(argument !== undefined && { ARCHIVE_SEEDS: argument }) }, commandPlaces(fileURLToPath(new URL('../', import.meta.url))));
const unreadable = read.ok ? seedsFolderProblem(read.config.seeds, argument ?? process.env['ARCHIVE_SEEDS']) : undefined;
if (!read.ok || unreadable) {
  for (const problem of read.ok ? [unreadable!] : read.problems) console.error(formatProblem(problem));
  process.exit(2);
}
const folder = read.config.seeds;
const { seeds, ignored } = await listSeedFolder(folder);
const errors: SeedError[] = [];
const registry = new SeedRegistry();
const duplicates: string[] = [];

for (const file of seeds) {
  const bytes = await readFile(join(folder, file));
  const digest = createHash('sha256').update(bytes).digest('hex');
  const twin = registry.twinOf(file, digest);
  if (twin) duplicates.push(`${file} is byte-identical to ${twin}`);

  const parsed = readSeed(bytes, file);
  if (!parsed.ok) {
    errors.push(parsed.error);
    continue;
  }
  const clash = registry.claim(articleId(parsed.article.date, parsed.article.slug), file);
  if (clash) errors.push(clash);
}

console.log(`${folder}: ${seeds.length - errors.length} valid article(s), ${errors.length} invalid, ${ignored.length} other file(s) ignored`);
if (ignored.length > 0) console.log(`Ignored (not ${SEED_EXTENSION}): ${preview(ignored)}`);
for (const duplicate of duplicates) console.log(`Duplicate: ${duplicate}`);
for (const error of errors) console.log(`Invalid: ${formatSeedError(error)}`);
process.exitCode = errors.length > 0 ? 1 : 0;
