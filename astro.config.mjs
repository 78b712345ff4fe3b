// @ts-check
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { configOrThrow } from './src/config/archive-config.ts';
import { buildGuard } from './src/integrations/build-guard.ts';
import { buildProgress } from './src/integrations/build-progress.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// Archives are often built on machines with no network, or none that may
// reach outside; Astro reads this before it would send usage data.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Every ARCHIVE_* variable, checked (src/config/archive-config.ts).
const archive = configOrThrow(fileURLToPath(new URL('./', import.meta.url)));

export default defineConfig({
  site: archive.site,
  // The path the site is served under, such as /archive/, ARCHIVE_SITE's own path included; every link goes through it (src/site/href.ts).
  base: archive.base,
  trailingSlash: 'always',
  // buildGuard first: an `astro build` not started by `npm run build` stops before anything is written.
  // searchIndex next: its build:done waits for the index, then progress closes.
  // sitemap() leaves out the 404 page, and splits at 45,000 URLs into parts behind sitemap-index.xml.
  integrations: [buildGuard(), searchIndex(), sitemap(), buildProgress()],
  server: { port: 4321 },
  // What `astro preview` serves; `npm run build` builds into a staging folder and publishes here (src/build/run-build.ts).
  outDir: archive.out,
  build: {
    // Styles and scripts ship as files, never inline, so the Content-Security-Policy
    // (src/site/csp.ts) can forbid all inline code.
    inlineStylesheets: 'never',
    // Several pages in flight at once: each article page reads its seed file,
    // and overlapping those reads and the page writes shortens the render phase.
    concurrency: 4,
  },
  vite: { build: { assetsInlineLimit: 0 } },
});
