import { describe, expect, it } from 'vitest';
import { rowResults, rowsTable } from '../../../../scripts/bench/build-table.ts';
import type { Measured } from '../../../../scripts/bench/measure.ts';

const run = (seconds: number, output = '', status: number | null = 0): Measured => ({
  status,
  wallMs: seconds * 1000,
  peakRssBytes: seconds * 2 ** 20,
  output,
  overLimit: false,
});
const hugo = (hugoSeconds: number, pagefindSeconds: number) => ({
  hugo: run(hugoSeconds),
  pagefind: run(pagefindSeconds),
});
const KEPT =
  '[archive] check  archive unchanged since the last build: 0 of 200 articles rendered, published site kept (checked in 0.1 s)';

describe('rowResults', () => {
  const rows = rowResults(
    {
      cold: [run(40), run(60), run(50)],
      unchanged: [run(4, `[archive] load   20/200 articles (10%)  3.2 s\n${KEPT}\n`)],
      'daily update': [run(10)],
    },
    { cold: hugo(5, 20), updated: hugo(6, 24) },
  );

  it('reports each row by its median run, as a share of the median cold build', () => {
    expect(rows.map((row) => [row.build, row.ours.seconds, row.ours.shareOfCold])).toEqual([
      ['cold', 50, 1],
      ['unchanged', 4, 0.08],
      ['daily update', 10, 0.2],
    ]);
    expect(rows[0]!.ours.allRunsSeconds).toEqual([40, 60, 50]);
    expect(rows[0]!.ours.peakRssMiB).toBe(50);
  });

  it('compares the daily update with Hugo + Pagefind on the updated corpus, the others with its cold run', () => {
    expect(rows.map((row) => [row.hugoPagefind, row.ratio])).toEqual([
      [{ seconds: 25, hugoSeconds: 5, pagefindSeconds: 20, peakRssMiB: 20, cold: false }, 2],
      [{ seconds: 25, hugoSeconds: 5, pagefindSeconds: 20, peakRssMiB: 20, cold: true }, 0.16],
      [{ seconds: 30, hugoSeconds: 6, pagefindSeconds: 24, peakRssMiB: 24, cold: false }, 0.33],
    ]);
  });

  it('keeps the lines where the build said what it kept, not its progress', () => {
    expect(rows[1]!.ours.reuse).toEqual([KEPT]);
  });

  it('gives no ratio when Hugo + Pagefind did not finish', () => {
    const [cold] = rowResults(
      { cold: [run(50)], unchanged: [run(4)], 'daily update': [run(10)] },
      { cold: { hugo: run(5), pagefind: run(80, '', null) }, updated: hugo(6, 24) },
    );
    expect(cold!.hugoPagefind).toEqual({ failed: 'Hugo exited with 0, Pagefind with null' });
    expect(cold!.ratio).toBeUndefined();
  });
});

describe('rowsTable', () => {
  it('prints one line per build, then what each build said', () => {
    const table = rowsTable(
      rowResults({ cold: [run(50)], unchanged: [run(4, KEPT)], 'daily update': [run(10)] }),
    );
    expect(table.split('\n')).toEqual([
      '| build | ours | share of our cold build | peak memory, all processes | Hugo + Pagefind | ratio |',
      '| --- | --- | --- | --- | --- | --- |',
      '| cold | 50 s | 100% | 50 MiB | not measured (no `hugo`) | — |',
      '| unchanged | 4 s | 8% | 4 MiB | not measured (no `hugo`) | — |',
      '| daily update | 10 s | 20% | 10 MiB | not measured (no `hugo`) | — |',
      '',
      'cold:',
      '  (no line of the build says)',
      'unchanged:',
      `  ${KEPT}`,
      'daily update:',
      '  (no line of the build says)',
    ]);
  });
});
