import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/make-corpus.ts';
import { build, finished, lineMatching, ROOT, scratch, startBuild, tree } from './run.ts';

const ARTICLES = 400;
const { dir: top, remove } = scratch('atomic-publish-');
const corpus = join(top, 'corpus');
const out = join(top, 'www/archive');
const env = { ARCHIVE_SEEDS: corpus, ARCHIVE_OUT: out };
let lastGood: Record<string, string>;

beforeAll(async () => {
  writeCorpus(corpus, { articles: ARTICLES, seed: 11 });
  const first = await build({ ARCHIVE_SEEDS: join(ROOT, 'seeds'), ARCHIVE_OUT: out });
  expect(first.status, first.output).toBe(0);
  lastGood = tree(out);
});
afterAll(remove);

/** What a stopped build may have left: in the checkout's staging folder, and beside the output. */
function leftovers(): string[] {
  const staging = join(ROOT, '.astro/staging');
  const staged = existsSync(staging) ? readdirSync(staging).map((name) => join(staging, name)) : [];
  const beside = readdirSync(dirname(out)).filter((name) => name !== 'archive');
  return [...staged, ...beside];
}

/**
 * Starts a build of the corpus and sends `signal` to its process when it
 * prints a line of `phase`. Once that process has ended, a Pagefind process
 * it started, which SIGKILL leaves running, is ended too, so that it cannot
 * write into a later test's checks.
 */
async function stopDuring(phase: string, signal: NodeJS.Signals) {
  const child = startBuild(env);
  const run = finished(child);
  await lineMatching(child, new RegExp(`^\\[archive\\] ${phase} `, 'u'));
  child.kill(signal);
  const ended = await run;
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Nothing of the build's was left running.
  }
  return ended;
}

function articlePages(site: string): number {
  return readdirSync(site, { recursive: true }).filter((path) =>
    /^\d{4}\/\d{2}\/\d{2}\/(?!page\/)[^/]+\/index\.html$/u.test(String(path)),
  ).length;
}

describe('publishing', () => {
  it.each(['load', 'derive', 'render'])(
    'leaves the previous site exactly as it was when the build is killed during %s',
    async (phase) => {
      const run = await stopDuring(phase, 'SIGKILL');
      expect(run.signal).toBe('SIGKILL');
      expect(tree(out)).toEqual(lastGood);
    },
  );

  it('leaves the previous site exactly as it was, and nothing else behind, when the build is interrupted', async () => {
    const run = await stopDuring('render', 'SIGINT');
    expect(run.status).toBe(130);
    expect(run.output).toContain(`Stopped by SIGINT. The site at ${out} is as it was.`);
    expect(tree(out)).toEqual(lastGood);
    expect(leftovers()).toEqual([]);
  });

  it('leaves the previous site exactly as it was when the build fails', async () => {
    writeFileSync(join(corpus, 'zz-broken.txt'), ' date 2024-02-30 A day that never was.');
    try {
      const run = await build(env);
      expect(run.status).toBe(1);
      expect(run.output).toContain(`The site at ${out} is as it was.`);
      expect(tree(out)).toEqual(lastGood);
    } finally {
      writeFileSync(join(corpus, 'zz-broken.txt'), ' date 2024-02-28 A day that was.');
    }
  });

  it('leaves a whole site, the old or the new, when the build is killed as it publishes', async () => {
    const run = await stopDuring('done', 'SIGKILL');
    expect(run.signal).toBe('SIGKILL');
    const now = tree(out);
    if (JSON.stringify(now) !== JSON.stringify(lastGood)) {
      expect(articlePages(out)).toBe(ARTICLES + 1);
      expect(now).toHaveProperty(['pagefind/archive/meta.pfa']);
    }
  });

  it('after all that, publishes the next build whole, and tidies what the stopped ones left', async () => {
    const run = await build(env);
    expect(run.status, run.output).toBe(0);
    expect(articlePages(out)).toBe(ARTICLES + 1);
    expect(
      JSON.parse(gunzipSync(readFileSync(join(out, 'pagefind/archive/meta.pfa'))).toString()),
    ).toMatchObject({ docs: ARTICLES + 1 });
    expect(leftovers()).toEqual([]);
  });
});

describe('an output folder', () => {
  it('on another file system is published to', async () => {
    // /dev/shm is a memory file system on Linux: another device than the checkout's disk.
    const { dir, remove: removeShm } = scratch('archive-', '/dev/shm');
    try {
      expect(statSync(dir).dev).not.toBe(statSync(ROOT).dev);
      const elsewhere = join(dir, 'site');
      const run = await build({ ARCHIVE_SEEDS: join(ROOT, 'seeds'), ARCHIVE_OUT: elsewhere });
      expect(run.status, run.output).toBe(0);
      expect(articlePages(elsewhere)).toBe(2);
      expect(readdirSync(dir)).toEqual(['site']);
    } finally {
      removeShm();
    }
  });

  it('reached by a link is replaced where it is, and the link kept', async () => {
    const link = join(top, 'current');
    symlinkSync(out, link);
    const run = await build({ ARCHIVE_SEEDS: join(ROOT, 'seeds'), ARCHIVE_OUT: link });
    expect(run.status, run.output).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(articlePages(out)).toBe(2);
  });
});
