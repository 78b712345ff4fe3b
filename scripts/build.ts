/**
 * `npm run build [-- --force]`: `astro build` at log level "warn", so a large
 * archive's build prints warnings and the archive's own progress report (a
 * line per tenth of each phase) instead of one line per page. `--force`
 * starts from an empty content cache, as a first build does.
 */
import { build } from 'astro';

await build({ logLevel: 'warn', force: process.argv.includes('--force') });
