import { rmSync } from 'node:fs';
import { updateCorpus, writeCorpus } from '../make-corpus.ts';
import { measure, type Measured } from './measure.ts';

/** The builds an archive goes through: its first, the same folder again, and the next day's news. */
export const BUILD_ROWS = ['cold', 'unchanged', 'daily update'] as const;
export type BuildRow = (typeof BUILD_ROWS)[number];

/** What a day's update brings: new articles after the newest, older ones edited. */
export const DAILY_UPDATE = { add: 20, edit: 5 };

export interface BuildRowsOptions<T> {
  corpus: string;
  articles: number;
  seed: number;
  out: string;
  /** The bench's own cache folder, so a run never reads or empties the checkout's. */
  cache: string;
  runs: number;
  /** Measures the first cold build's site, while it is published at `out`. */
  afterFirstCold(): Promise<T>;
}

/**
 * Times each row's build `runs` times. Every run is the whole sequence on a
 * fresh copy of the corpus, since a daily update can be built only once
 * from the folder it changed: a cold build (`--clean`, into an empty
 * output), the same folder built again, then the day's update built.
 */
export async function measureBuildRows<T>(
  options: BuildRowsOptions<T>,
): Promise<{ rows: Record<BuildRow, Measured[]>; firstCold: T }> {
  const { corpus, articles, seed, out, cache, runs } = options;
  const rows: Record<BuildRow, Measured[]> = { cold: [], unchanged: [], 'daily update': [] };
  const build = async (row: BuildRow, args: string[]) => {
    const measured = await measure(process.execPath, ['scripts/build.ts', ...args], {
      env: { ARCHIVE_SEEDS: corpus, ARCHIVE_OUT: out, ARCHIVE_CACHE: cache },
    });
    if (measured.status !== 0)
      throw new Error(`the ${row} build failed with status ${measured.status}`);
    rows[row].push(measured);
  };
  let firstCold: T | undefined;
  for (let run = 0; run < runs; run++) {
    if (run > 0) writeCorpus(corpus, { articles, seed }, { replace: true });
    // As Hugo's runs: Astro spends seconds emptying an old output folder.
    rmSync(out, { recursive: true, force: true });
    await build('cold', ['--clean']);
    if (run === 0) firstCold = await options.afterFirstCold();
    await build('unchanged', []);
    updateCorpus(corpus, { ...DAILY_UPDATE, seed });
    await build('daily update', []);
  }
  return { rows, firstCold: firstCold! };
}

/**
 * The lines where the build says what it reused, rendered or kept, as it
 * printed them, with its check (why a build is full or the site kept), its
 * search index and its pages written: the figures of an incremental build
 * are the build's own.
 */
export function reuseLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) =>
      /^\[archive\] (?:check|index|done)\b|\b(?:reused|rendered|unchanged)\b/u.test(line),
    )
    .map((line) => line.trim());
}
