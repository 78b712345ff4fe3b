/**
 * `npm run build [-- --force | --clean]`: builds the archive and publishes it
 * to ARCHIVE_OUT (src/build/run-build.ts). Astro logs warnings only, so a
 * large archive's build prints the archive's own progress report (a line per
 * tenth of each phase) instead of one line per page. An archive that has not
 * changed since the published site was built keeps that site; one that has
 * renders again only what changed, from the cache ARCHIVE_CACHE. `--force`,
 * or `--clean`, builds all of it all the same, from an emptied cache, as a
 * first build does.
 */
import { runBuild } from '../src/build/run-build.ts';

const FLAGS = ['--force', '--clean'] as const;
type Flag = (typeof FLAGS)[number];
const isFlag = (arg: string): arg is Flag => (FLAGS as readonly string[]).includes(arg);

const args = process.argv.slice(2);
const unknown = args.filter((arg) => !isFlag(arg));
if (unknown.length > 0) {
  process.stderr.write(
    `The build did not start: expected ${FLAGS.join(' or ')} or nothing, found ${unknown.join(' ')}\n`,
  );
  process.exitCode = 2;
} else {
  process.exitCode = await runBuild({ force: args.find(isFlag) });
}
