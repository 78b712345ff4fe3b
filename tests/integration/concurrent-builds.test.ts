import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/make-corpus.ts';
import { acquireBuildLock } from '../../src/build/build-lock.ts';
import { build, finished, lineMatching, ROOT, scratch, startBuild } from './run.ts';

const { dir: top, remove } = scratch('concurrent-builds-');
afterAll(remove);

/**
 * A folder of generated articles, enough for two builds to overlap, and one
 * article whose headline names the folder.
 */
function archive(
  name: string,
  seed: number,
): { seeds: string; out: string; headline: string; articles: number } {
  const seeds = join(top, name, 'articles');
  const articles = writeCorpus(seeds, { articles: 150, seed }) + 1;
  const headline = `The ${name} harbour board approved a new ferry timetable`;
  writeFileSync(
    join(seeds, 'timetable.txt'),
    ` date 2024-03-01 ${headline}.\n\nSailings start at six in the morning.\n`,
  );
  return { seeds, out: join(top, name, 'site'), headline, articles };
}

/** The headlines of a site's article pages. */
function headlines(site: string): string[] {
  return readdirSync(site, { recursive: true })
    .map(String)
    .filter((path) => /^\d{4}\/\d{2}\/\d{2}\/(?!page\/)[^/]+\/index\.html$/u.test(path))
    .map(
      (path) => /<h1[^>]*>([^<]*)<\/h1>/u.exec(readFileSync(join(site, path), 'utf8'))?.[1] ?? '',
    );
}

describe('two builds at once in one checkout', () => {
  it('each publish their own archive: the second waits for the first', async () => {
    const north = archive('Northport', 1);
    const south = archive('Southport', 2);
    const runs = await Promise.all([
      build({ ARCHIVE_SEEDS: north.seeds, ARCHIVE_OUT: north.out }),
      build({ ARCHIVE_SEEDS: south.seeds, ARCHIVE_OUT: south.out }),
    ]);
    for (const run of runs) expect(run.status, run.output).toBe(0);
    expect(
      runs.filter((run) => run.output.includes('another build of this checkout is running')),
    ).toHaveLength(1);
    for (const [own, other] of [
      [north, south],
      [south, north],
    ] as const) {
      const shown = headlines(own.out);
      expect(shown).toHaveLength(own.articles);
      expect(shown).toContain(own.headline);
      expect(shown).not.toContain(other.headline);
    }
  });
});

describe('the build lock', () => {
  it('is free again once a build holding it is killed', async () => {
    const west = archive('Westport', 3);
    const child = startBuild({ ARCHIVE_SEEDS: west.seeds, ARCHIVE_OUT: west.out });
    const run = finished(child);
    // The build holds the lock before it reads the first article.
    await lineMatching(child, /^\[archive\] load /u);
    child.kill('SIGKILL');
    await run;
    const lock = await acquireBuildLock(ROOT, 'a test', () => {
      throw new Error('waited for a build that was killed');
    });
    await lock.release();
  });

  it('makes a second taker wait until the first lets go, telling it who holds it', async () => {
    const first = await acquireBuildLock(ROOT, 'the first taker', () => {});
    const told: string[] = [];
    let second = false;
    const taking = acquireBuildLock(ROOT, 'the second taker', (holder) => told.push(holder)).then(
      (lock) => {
        second = true;
        return lock;
      },
    );
    await expect.poll(() => told).toEqual(['the first taker']);
    expect(second).toBe(false);
    await first.release();
    await (await taking).release();
    expect(second).toBe(true);
  });
});
