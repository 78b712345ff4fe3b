import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, TWO_ROUND_TRIPS_BYTES } from '../../scripts/bench/pages.ts';
import { writeCorpus } from '../../scripts/make-corpus.ts';
import { build, scratch, type Run } from './run.ts';

/**
 * An archive whose newest day is its busiest, as on a day of breaking news:
 * 532 articles on 31 December 2025, and others on days spread over that year.
 * The end-to-end tests' archive has its busy day far from its newest days, so
 * only this build shows the home page meeting such a day.
 */
const { dir, remove } = scratch('busy-day-home-');
const seeds = join(dir, 'seeds');
const out = join(dir, 'site');
const BUSY = { date: '2025-12-31', articles: 532 };

let run: Run;
let home: string;

beforeAll(async () => {
  writeCorpus(seeds, { articles: 700, seed: 3, years: [2025, 2025], crowdedDay: BUSY });
  run = await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out });
  home = run.status === 0 ? readFileSync(join(out, 'index.html'), 'utf8') : '';
}, 600_000);
afterAll(remove);

/** The home page's day sections, each as its heading's date, its count and its number of cards. */
function daySections(html: string) {
  return [...html.matchAll(/<section class="day">(.*?)<\/section>/gsu)].map(([, section]) => ({
    day: /<h3[^>]*>.*?datetime="([\d-]+)"/su.exec(section!)?.[1],
    count: /<span class="count">([^<]+)<\/span>/u.exec(section!)?.[1],
    cards: section!.match(/<li class="card">/gu)?.length ?? 0,
    all: /<p class="day__all"><a href="([^"]+)">([^<]+)<\/a>/u.exec(section!)?.slice(1),
  }));
}

describe('a home page whose newest day has 532 articles', () => {
  it('builds', () => {
    expect(run.output).toContain('done');
    expect(run.status).toBe(0);
  });

  it('spans the newest seven days, the busy day first with ten of its articles and a link to all of them', () => {
    const days = daySections(home);
    expect(days).toHaveLength(7);
    expect(days[0]).toMatchObject({ day: BUSY.date, cards: 10 });
    expect(days[0]!.count).toMatch(/^5\d\d articles$/u);
    expect(days[0]!.all).toEqual(['/2025/12/31/', `All ${days[0]!.count} of 31 December 2025`]);
    expect(days.map(({ day }) => day)).toEqual(
      days
        .map(({ day }) => day)
        .toSorted()
        .reverse(),
    );
    expect(days.every(({ cards }) => cards >= 1 && cards <= 10)).toBe(true);
    expect(home.match(/<li class="card">/gu)).toHaveLength(
      days.reduce((sum, { cards }) => sum + cards, 0),
    );
  });

  it('stays within the timeline’s page weight', () => {
    const [page] = builtPages(pathToFileURL(`${out}/`)).filter(({ kind }) => kind === 'timeline');
    expect(page!.html + page!.css).toBeLessThanOrEqual(TWO_ROUND_TRIPS_BYTES);
  });
});
