// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildProgress } from './src/integrations/build-progress.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// Archives are often built on machines with no network, or none that may
// reach outside; Astro reads this before it would send usage data.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig({
  site: process.env.ARCHIVE_SITE ?? 'http://localhost:4321',
  // The path the site is served under, such as /archive/; every link goes through it (src/site/href.ts).
  base: process.env.ARCHIVE_BASE || '/',
  trailingSlash: 'always',
  // searchIndex first: its build:done waits for the index, then progress closes.
  // ARCHIVE_SEARCH_SHARD_SIZE: articles per search shard; tests set it low to
  // exercise a many-shard index on a small archive.
  // sitemap() leaves out the 404 page, and splits at 45,000 URLs into parts behind sitemap-index.xml.
  integrations: [searchIndex({ shardSize: Number(process.env.ARCHIVE_SEARCH_SHARD_SIZE) || undefined }), sitemap(), buildProgress()],
  server: { port: 4321 },
  outDir: process.env.ARCHIVE_OUT ?? './dist',
  build: {
    // Styles and scripts ship as files, never inline, so the Content-Security-Policy
    // (src/site/csp.ts) can forbid all inline code.
    inlineStylesheets: 'never',
    // Several pages in flight at once: each article page reads its seed file,
    // and overlapping those reads and the page writes cut the render phase of
    // 10,000 articles by about a fifth here.
    concurrency: 4,
  },
  vite: { build: { assetsInlineLimit: 0 } },
});
