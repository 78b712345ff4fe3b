/**
 * `npm run bench -- --articles N [--runs R] [--seed S] [--queries kind:term,...] [--port P]`:
 * builds a generated corpus of N articles cold, again unchanged, and again
 * after a day's update (scripts/bench/build-rows.ts), and reports each
 * build's wall time, peak memory of every process and what it reused; for
 * the cold build its phases and articles per second, and for its site the
 * output and search index size, page weights, the scripts of each kind of
 * page and search cost in Chromium. When `hugo` is installed it builds the
 * corpus and the updated corpus with Hugo + Pagefind in the same run and
 * prints the ratios. With --runs, every build is repeated and the median run
 * is reported. Results go to bench-results/bench-N.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DAILY_UPDATE, measureBuildRows } from './bench/build-rows.ts';
import { rowResults, rowsTable } from './bench/build-table.ts';
import {
  hugoInstalled,
  mib,
  timeHugoAndPagefind,
  type HugoPagefind,
} from './bench/hugo-pagefind.ts';
import { writeHugoSite } from './bench/hugo-site.ts';
import { folderSize } from './bench/measure.ts';
import { median } from './bench/median.ts';
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
const seed = Number(values.seed);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), `archive-bench-${articles}-`));
const corpus = join(work, 'corpus');
const out = join(work, 'dist');
const hugoSite = join(work, 'hugo');
const hugo = await hugoInstalled();
// The machine may be shared: its load, at the start and at the end, says how far to trust the times.
const loadAtStart = loadavg();

console.log(`Generating ${articles} articles in ${corpus}`);
writeCorpus(corpus, { articles, seed });
// The Hugo site is written before our builds update the corpus, and written again from the updated corpus after them.
if (hugo) writeHugoSite(corpus, hugoSite);
else console.log('hugo is not installed (apt-get install hugo): no comparison');

const queries = values.queries.split(',').map(benchQuery);
const outUrl = pathToFileURL(`${out}/`);
const { rows: ours, firstCold: site } = await measureBuildRows({
  corpus,
  articles,
  seed,
  out,
  cache: join(work, 'cache'),
  runs,
  afterFirstCold: measureSite,
});
const rows = rowResults(ours, hugo ? await hugoRuns() : undefined);
const cold = median(ours.cold, (run) => run.wallMs);

const result = {
  articles,
  seed,
  runs,
  dailyUpdate: DAILY_UPDATE,
  machine: {
    cpus: cpus().length,
    node: process.version,
    loadAverage: { start: loadAtStart, end: loadavg() },
  },
  builds: rows,
  // The median cold build, phase by phase.
  build: {
    articlesPerSecond: Math.round(articles / (cold.wallMs / 1000)),
    phases: phaseTimes(cold.output),
    derivedSeconds: derivedTimes(cold.output),
  },
  // The first cold build's site.
  ...site,
};

mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/bench-${articles}.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(searchTable(result.search));
console.log(rowsTable(rows));
rmSync(work, { recursive: true, force: true });

/** Hugo + Pagefind on the corpus as generated, then on the corpus our builds updated. */
async function hugoRuns(): Promise<{ cold: HugoPagefind; updated: HugoPagefind }> {
  const cold = await timeHugoAndPagefind(hugoSite, runs);
  writeHugoSite(corpus, hugoSite);
  return { cold, updated: await timeHugoAndPagefind(hugoSite, runs) };
}

/** The site at `out`: its size, its pages' weights, and search in Chromium. */
async function measureSite() {
  const site = folderSize(out);
  const index = folderSize(join(out, 'pagefind'));
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
  return {
    output: {
      files: site.files,
      MiB: mib(site.bytes),
      searchIndexMiB: mib(index.bytes),
      searchIndexFiles: index.files,
    },
    // Bytes gzip-compressed: each kind's HTML and CSS (median and largest page), and the scripts of one page of each kind.
    pages: { htmlAndCss: weightsByKind(pages), scripts },
    search,
  };
}

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
