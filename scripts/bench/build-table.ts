import { BUILD_ROWS, reuseLines, type BuildRow } from './build-rows.ts';
import { hugoFailure, mib, type HugoPagefind } from './hugo-pagefind.ts';
import type { Measured } from './measure.ts';
import { median } from './median.ts';

export interface RowResult {
  build: BuildRow;
  ours: {
    /** The median run's wall time, and its peak memory summed over every process. */
    seconds: number;
    allRunsSeconds: number[];
    peakRssMiB: number;
    shareOfCold: number;
    /** What the build printed about what it reused, rendered or kept. */
    reuse: string[];
  };
  hugoPagefind?:
    | {
        seconds: number;
        hugoSeconds: number;
        pagefindSeconds: number;
        peakRssMiB: number;
        /** Hugo has no incremental mode: an unchanged archive costs it the cold run's full build. */
        cold: boolean;
      }
    | { failed: string };
  ratio?: number;
}

/**
 * Each row's median run, against Hugo + Pagefind on the same corpus: the
 * cold run for the cold and unchanged rows, the run on the updated corpus for
 * the daily update.
 */
export function rowResults(
  ours: Record<BuildRow, Measured[]>,
  hugo?: { cold: HugoPagefind; updated: HugoPagefind },
): RowResult[] {
  const cold = median(ours.cold, (run) => run.wallMs);
  return BUILD_ROWS.map((build) => {
    const runs = ours[build];
    const middle = median(runs, (run) => run.wallMs);
    const pair = hugo && (build === 'daily update' ? hugo.updated : hugo.cold);
    const failed = pair && hugoFailure(pair);
    const hugoMs = pair && pair.hugo.wallMs + pair.pagefind.wallMs;
    return {
      build,
      ours: {
        seconds: seconds(middle.wallMs),
        allRunsSeconds: runs.map((run) => seconds(run.wallMs)),
        peakRssMiB: mib(middle.peakRssBytes),
        shareOfCold: round(middle.wallMs / cold.wallMs, 3),
        reuse: reuseLines(middle.output),
      },
      ...(pair && {
        hugoPagefind: failed
          ? { failed }
          : {
              seconds: seconds(hugoMs!),
              hugoSeconds: seconds(pair.hugo.wallMs),
              pagefindSeconds: seconds(pair.pagefind.wallMs),
              peakRssMiB: mib(Math.max(pair.hugo.peakRssBytes, pair.pagefind.peakRssBytes)),
              cold: build === 'unchanged',
            },
        ...(!failed && { ratio: round(middle.wallMs / hugoMs!, 2) }),
      }),
    };
  });
}

/** The rows as a Markdown table, as docs/performance.md holds them, then what each build said. */
export function rowsTable(rows: RowResult[]): string {
  const lines = [
    '| build | ours | share of our cold build | peak memory, all processes | Hugo + Pagefind | ratio |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ build, ours, hugoPagefind, ratio }) => {
      const runs =
        ours.allRunsSeconds.length > 1
          ? `, median of ${ours.allRunsSeconds.length} (${ours.allRunsSeconds.join(', ')})`
          : '';
      return `| ${build} | ${ours.seconds} s${runs} | ${percent(ours.shareOfCold)} | ${ours.peakRssMiB} MiB | ${hugoCell(hugoPagefind)} | ${ratio ?? '—'} |`;
    }),
    '',
    ...rows.flatMap(({ build, ours }) => [
      `${build}:`,
      ...(ours.reuse.length > 0 ? ours.reuse : ['(no line of the build says)']).map(
        (line) => `  ${line}`,
      ),
    ]),
  ];
  return lines.join('\n');
}

function hugoCell(hugo: RowResult['hugoPagefind']): string {
  if (!hugo) return 'not measured (no `hugo`)';
  if ('failed' in hugo) return `did not finish: ${hugo.failed}`;
  const cell = `${hugo.seconds} s (Hugo ${hugo.hugoSeconds} s, Pagefind ${hugo.pagefindSeconds} s)`;
  return hugo.cold ? `${cell}, the cold run: no incremental mode` : cell;
}

function percent(share: number): string {
  return `${round(share * 100, 1)}%`;
}

function seconds(ms: number): number {
  return round(ms / 1000, 2);
}

function round(n: number, digits: number): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
