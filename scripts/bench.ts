/**
 * `npm run bench -- --articles N [--runs R] [--seed S] [--queries kind:term,...] [--port P]`:
 * builds a generated corpus of N articles and reports wall time per phase,
 * articles per second, peak memory of the whole build (every process), output
 * and search index size, page weights, the scripts of each kind of page, and
 * search cost in Chromium. When `hugo` is installed it builds the same corpus
 * with Hugo + Pagefind in the same run and prints the ratio. With --runs,
 * every build is repeated and the median run is reported. Results go to
 * bench-results/bench-N.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { writeHugoSite } from './bench/hugo-site.ts';
import { folderSize, measure, type Measured } from './bench/measure.ts';
import { builtPages, samplePages, scriptWeights, sitePath, weightsByKind } from './bench/pages.ts';
import { withPreview } from './bench/preview.ts';
import { benchQuery, measureSearch, searchTable } from './bench/search.ts';
import { writeCorpus } from './make-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    // A word of most articles, a word of one story (the same at every size for seed 1), and two words of
    // most articles. The first is also what the sample pages search, and highlight in the first article.
    queries: {
      type: 'string',
      default: 'common:minister,rare:lolodiganbu,two-word:election budget',
    },
    // Where the built site is served for Chromium: another port lets two checkouts measure at once.
    port: { type: 'string', default: '4340' },
  },
});
const articles = Number(values.articles);
/** A single Pagefind index of a large archive outgrows this machine's 24 GiB: the comparison run stops here. */
const COMPARISON_MEMORY_LIMIT = 18 * 2 ** 30;
const work = mkdtempSync(join(tmpdir(), `archive-bench-${articles}-`));
const corpus = join(work, 'corpus');
const out = join(work, 'dist');

console.log(`Generating ${articles} articles in ${corpus}`);
writeCorpus(corpus, { articles, seed: Number(values.seed) });

const runs = Number(values.runs);
const ourRuns: Measured[] = [];
for (let run = 0; run < runs; run++) {
  // A first build, with no content cache and no earlier output, as Hugo's
  // runs below: Astro spends seconds emptying an old output folder.
  rmSync(out, { recursive: true, force: true });
  const measured = await measure(process.execPath, ['scripts/build.ts', '--force'], {
    env: { ARCHIVE_SEEDS: corpus, ARCHIVE_OUT: out },
  });
  if (measured.status !== 0) throw new Error(`the build failed with status ${measured.status}`);
  ourRuns.push(measured);
}
const ours = median(ourRuns, (run) => run.wallMs);
const phases = phaseTimes(ours.output);
const site = folderSize(out);
const index = folderSize(join(out, 'pagefind'));
const queries = values.queries.split(',').map(benchQuery);
const outUrl = pathToFileURL(`${out}/`);
const pages = builtPages(outUrl);
const { search, scripts } = await withPreview(
  out,
  Number(values.port),
  async (browser, origin) => ({
    search: await measureSearch(browser, origin, queries),
    scripts: await scriptWeights(
      browser,
      origin,
      outUrl,
      samplePages(
        pages.map((page) => sitePath(page.file)),
        queries[0]!.term,
      ),
    ),
  }),
);
const hugo = await hugoAndPagefind(corpus, join(work, 'hugo'), runs);

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const result = {
  articles,
  seed: Number(values.seed),
  runs,
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  build: {
    wallSeconds: round(ours.wallMs / 1000),
    allRunsSeconds: ourRuns.map((run) => round(run.wallMs / 1000)),
    articlesPerSecond: Math.round(articles / (ours.wallMs / 1000)),
    peakRssMiB: mb(ours.peakRssBytes),
    phases,
    derivedSeconds: derivedTimes(ours.output),
  },
  output: {
    files: site.files,
    MiB: mb(site.bytes),
    searchIndexMiB: mb(index.bytes),
    searchIndexFiles: index.files,
  },
  // Bytes gzip-compressed: each kind's HTML and CSS (median and largest page), and the scripts of one page of each kind.
  pages: { htmlAndCss: weightsByKind(pages), scripts },
  search,
  hugoPagefind: hugo && {
    hugoSeconds: round(hugo.hugo.wallMs / 1000),
    pagefindSeconds: round(hugo.pagefind.wallMs / 1000),
    totalSeconds: round((hugo.hugo.wallMs + hugo.pagefind.wallMs) / 1000),
    peakRssMiB: mb(Math.max(hugo.hugo.peakRssBytes, hugo.pagefind.peakRssBytes)),
    // A comparison only when both finished: a stopped run has no time to compare with.
    ...(hugo.hugo.status === 0 && hugo.pagefind.status === 0
      ? { ratio: round(ours.wallMs / (hugo.hugo.wallMs + hugo.pagefind.wallMs)) }
      : {
          failed: hugo.pagefind.overLimit
            ? `Pagefind stopped at ${mb(hugo.pagefind.peakRssBytes)} MiB, over the ${mb(COMPARISON_MEMORY_LIMIT)} MiB limit`
            : `Hugo exited with ${hugo.hugo.status}, Pagefind with ${hugo.pagefind.status}`,
        }),
  },
};

mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/bench-${articles}.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(searchTable(search));
if (result.hugoPagefind)
  console.log(
    'ratio' in result.hugoPagefind
      ? `ours / Hugo+Pagefind = ${result.hugoPagefind.ratio}`
      : `Hugo+Pagefind did not finish: ${result.hugoPagefind.failed}`,
  );
rmSync(work, { recursive: true, force: true });

/** Seconds at which each phase reported its end, from the build's progress lines. */
function phaseTimes(output: string): Record<string, number> {
  const times: Record<string, number> = {};
  for (const match of output.matchAll(/^\[archive\] (\w+)\s.*\s([\d.]+) s$/gmu))
    times[match[1]!] = Number(match[2]);
  return times;
}

/** Seconds the loader spent on related articles, on entities and on stories, from its progress line. */
function derivedTimes(
  output: string,
): { related: number; entities: number; stories: number } | undefined {
  const match = /related articles ([\d.]+) s, entities ([\d.]+) s .*, stories ([\d.]+) s/u.exec(
    output,
  );
  return match
    ? { related: Number(match[1]), entities: Number(match[2]), stories: Number(match[3]) }
    : undefined;
}

/** The run in the middle by `key` (the later of the two middle ones for an even count). */
function median<T>(items: T[], key: (item: T) => number): T {
  return items.toSorted((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;
}

async function hugoAndPagefind(
  corpusDir: string,
  siteDir: string,
  runs: number,
): Promise<{ hugo: Measured; pagefind: Measured } | undefined> {
  const hugoBinary = await measure('hugo', ['version']).catch(() => undefined);
  if (!hugoBinary || hugoBinary.status !== 0) {
    console.log('hugo is not installed (apt-get install hugo): no comparison');
    return undefined;
  }
  writeHugoSite(corpusDir, siteDir);
  const pairs: Array<{ hugo: Measured; pagefind: Measured }> = [];
  for (let run = 0; run < runs; run++) {
    rmSync(join(siteDir, 'public'), { recursive: true, force: true });
    const limit = { memoryLimitBytes: COMPARISON_MEMORY_LIMIT };
    const hugoBuild = await measure(
      'hugo',
      ['--quiet', '--source', siteDir, '--destination', join(siteDir, 'public')],
      limit,
    );
    const pagefindBuild = await measure(
      'node_modules/.bin/pagefind',
      ['--site', join(siteDir, 'public')],
      limit,
    );
    pairs.push({ hugo: hugoBuild, pagefind: pagefindBuild });
  }
  return median(pairs, (pair) => pair.hugo.wallMs + pair.pagefind.wallMs);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
