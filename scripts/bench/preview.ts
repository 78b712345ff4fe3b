import { spawn } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which the end-to-end tests (playwright.config.ts), the benchmark and Lighthouse drive. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** No sandbox (it needs user namespaces the build machines lack) and nothing fetched from Google while measuring. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Serves a built site with `astro preview` until the returned function is called. */
export async function servePreview(
  outDir: string,
  port: number,
): Promise<{ origin: string; stop(): void }> {
  const server = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--ignore-lock',
    ],
    {
      env: { ...process.env, ARCHIVE_OUT: outDir },
      stdio: 'ignore',
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${origin}/`);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { origin, stop: () => server.kill() };
}

/** Serves a built site and opens headless Chromium for `use`, closing both after. */
export async function withPreview<T>(
  outDir: string,
  port: number,
  use: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
  const server = await servePreview(outDir, port);
  const browser = await chromium
    .launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    .catch((error: unknown) => {
      server.stop();
      throw error;
    });
  try {
    return await use(browser, server.origin);
  } finally {
    await browser.close();
    server.stop();
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no server at ${url}`);
}
