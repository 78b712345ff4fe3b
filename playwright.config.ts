import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const PORT = 4329;

/**
 * End-to-end tests run in Debian's Chromium (Playwright cannot download its
 * own browser here) against one build of the seed archive, served once by
 * `astro preview` for every test file.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npm run build && astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { ARCHIVE_SEEDS: fileURLToPath(new URL('./seeds/', import.meta.url)) },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
  },
});
