import { spawn, type ChildProcess } from 'node:child_process';
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

/**
 * Serves a built site with `astro preview` until the returned function is
 * called. It is ready once it prints where it listens, and that is where it
 * is: `astro preview` moves to the next free port when `port` is taken, and
 * a request to `port` would reach whatever holds it.
 */
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
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    const listening = await lineMatching(server, /Local\b.*http:\/\/127\.0\.0\.1:\d+\//u);
    return {
      origin: /http:\/\/127\.0\.0\.1:\d+/u.exec(listening)![0],
      stop: () => server.kill(),
    };
  } catch (error) {
    server.kill();
    throw error;
  }
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

/**
 * Resolves with the first line a process writes, to its output or its
 * errors, that matches; rejects, with what it wrote, if it ends first.
 */
export function lineMatching(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let written = '';
    let found = false;
    const read = (chunk: Buffer) => {
      if (found) return;
      written += chunk.toString();
      const line = written
        .split('\n')
        .find((text, index, lines) => index < lines.length - 1 && pattern.test(text));
      if (line === undefined) return;
      found = true;
      resolve(line);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('close', () =>
      reject(new Error(`the process ended without a line matching ${pattern}:\n${written}`)),
    );
  });
}
