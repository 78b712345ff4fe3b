/**
 * `npm run build [-- --force]`: builds the archive and publishes it to
 * ARCHIVE_OUT (src/build/run-build.ts). Astro logs warnings only, so a large
 * archive's build prints the archive's own progress report (a line per tenth
 * of each phase) instead of one line per page. An archive that has not
 * changed since the published site was built keeps that site. `--force`
 * builds all the same, from an empty content cache, as a first build does.
 */
import { runBuild } from '../src/build/run-build.ts';

process.exitCode = await runBuild({ force: process.argv.includes('--force') });
