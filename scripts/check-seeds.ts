/**
 * Checks a folder of seed articles without building the site:
 * `npm run check-seeds [dir]` (default `seeds/`). It reads the folder as the
 * build does (src/lib/archive/read-archive.ts), reports every problem the
 * build reports, and exits non-zero if any file is not a valid article.
 */
import { fileURLToPath } from 'node:url';
import { commandPlaces, formatProblem, readConfig } from '../src/config/archive-config.ts';
import { seedsFolderProblem } from '../src/build/seeds-folder.ts';
import { archiveNotices } from '../src/lib/archive/archive-notices.ts';
import { readArchive } from '../src/lib/archive/read-archive.ts';
import { formatSeedError } from '../src/lib/seed/types.ts';

// The folder named on the command line stands for ARCHIVE_SEEDS, and is checked as the build checks it.
const argument = process.argv[2];
const read = readConfig(
  { ...process.env, ...(argument !== undefined && { ARCHIVE_SEEDS: argument }) },
  commandPlaces(fileURLToPath(new URL('../', import.meta.url))),
);
const unreadable = read.ok
  ? seedsFolderProblem(read.config.seeds, argument ?? process.env['ARCHIVE_SEEDS'])
  : undefined;
if (!read.ok || unreadable) {
  for (const problem of read.ok ? [unreadable!] : read.problems)
    console.error(formatProblem(problem));
  process.exit(2);
}
const folder = read.config.seeds;
const archive = readArchive(folder);
const { articles, errors, ignored, hidden } = archive;

console.log(
  `${folder}: ${articles.length} valid article(s), ${errors.length} invalid, ${ignored.length} other file(s) ignored, ${hidden.length} hidden file(s) and folder(s) ignored`,
);
for (const notice of archiveNotices(archive)) console.log(notice);
for (const error of errors) console.log(`Invalid: ${formatSeedError(error)}`);
process.exitCode = errors.length > 0 ? 1 : 0;
