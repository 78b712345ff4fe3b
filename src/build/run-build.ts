import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  commandPlaces,
  formatProblem,
  readConfig,
  type ArchiveConfig,
  type ConfigProblem,
} from '../config/archive-config.ts';
import { SearchIndexer } from '../search-index/indexer.ts';
import { formatCount } from '../lib/text.ts';
import { ArticleCache } from './article-cache.ts';
import { ArticleSources } from './article-sources.ts';
import { openBuildCache, CACHE_MARKER } from './build-cache.ts';
import { acquireBuildLock } from './build-lock.ts';
import { BuildProgress } from './build-progress.ts';
import { startBuildRun } from './build-run.ts';
import { codeDigest, outputSettings, settingsDigest } from './fingerprint.ts';
import { outputRefusal, realPath, within } from './output-folder.ts';
import { projectFiles, runtime } from './project-files.ts';
import { publishedSiteReuse, type Reuse } from './published-site.ts';
import { readArticleCodec } from './read-article-codec.ts';
import { publishSite, recoverOutput } from './publish.ts';
import { writeSiteRecord } from './site-record.ts';
import { seedsFolderProblem } from './seeds-folder.ts';

const ROOT = realPath(fileURLToPath(new URL('../../', import.meta.url)));

/**
 * Builds in the checkout, never in ARCHIVE_OUT: Astro empties its output
 * folder before writing, and puts the page modules it renders from inside it
 * (or in the checkout's `.astro/`, for a folder outside the checkout, shared
 * by every build and on another file system than a mounted web root).
 */
const STAGING = join(ROOT, '.astro', 'staging');

/** Files every finished site has; a build without one of them is not published. */
const REQUIRED = [
  'index.html',
  '404.html',
  'search/index.html',
  'rss.xml',
  'sitemap-index.xml',
  'pagefind/pagefind.js',
  'pagefind/archive/meta.pfa',
];

const say = (phase: string, message: string) =>
  process.stdout.write(`[archive] ${phase.padEnd(6)} ${message}\n`);

/**
 * `npm run build`: checks the configuration and both folders before anything
 * is read or written, waits for any other build of this checkout, builds the
 * site into a staging folder of its own, and swaps it in for the published
 * one only once all of it, search index included, is there. When nothing
 * that shapes the site changed since the published one was built, and it is
 * as that build wrote it, it is kept instead (`force` builds all the same).
 * Returns the process's exit code.
 */
export async function runBuild({
  force,
}: {
  /** The flag that asked for a full build from an emptied cache, if one did. */
  force?: '--force' | '--clean' | undefined;
}): Promise<number> {
  // Paths given relative to where the command was typed stay so after the move to the project.
  process.env['INIT_CWD'] ??= process.cwd();
  const checked = checkConfig();
  if (!checked.ok) {
    process.stderr.write(
      `The build did not start, and nothing was read or written:\n${checked.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}\n`,
    );
    return 2;
  }
  const { config } = checked;
  process.chdir(ROOT);

  const lock = await acquireBuildLock(
    ROOT,
    `process ${process.pid}, building ${config.seeds} into ${config.out}`,
    (holder) =>
      say(
        'wait',
        `another build of this checkout is running (${holder}); this one starts when it ends`,
      ),
  );
  const work = join(STAGING, String(process.pid));
  const site = join(work, 'site');
  let publishing: Promise<void> | undefined;
  let search: SearchIndexer | undefined;
  let progress: BuildProgress | undefined;
  const stop = (signal: NodeJS.Signals) => {
    void (async () => {
      await publishing?.catch(() => undefined);
      search?.abort();
      rmSync(work, { recursive: true, force: true });
      process.stderr.write(
        `Stopped by ${signal}. ${publishing ? `The new site is published at ${config.out}.` : `The site at ${config.out} is as it was.`}\n`,
      );
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    })();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    // Waiting may have taken a while: the output folder is checked again.
    const refusal = outputRefusal(config.out, { root: ROOT, seeds: config.seeds });
    if (refusal) throw new Error(formatProblem(outputProblem('ARCHIVE_OUT', config.out, refusal)));
    for (const note of await recoverOutput(config.out)) say('tidy', note);
    // This checkout's only build is this one: what is in the staging folder was left by builds that were stopped.
    rmSync(STAGING, { recursive: true, force: true });

    const checkStarted = performance.now();
    const inputs = {
      settings: settingsDigest(outputSettings(config)),
      code: codeDigest(projectFiles(ROOT), runtime()),
    };
    const reuse: Reuse = force
      ? { reuse: false, reason: `${force} given` }
      : config.searchDocuments
        ? {
            reuse: false,
            reason: 'ARCHIVE_SEARCH_DOCUMENTS is set, whose documents every build writes anew',
          }
        : publishedSiteReuse(config.out, config.seeds, inputs);
    const checked = `checked in ${((performance.now() - checkStarted) / 1000).toFixed(1)} s`;
    if (reuse.reuse) {
      for (const notice of reuse.notices) say('check', notice);
      say(
        'check',
        `archive unchanged since the last build: 0 of ${formatCount(reuse.articles)} articles rendered, published site kept (${checked})`,
      );
      return 0;
    }
    say('check', `full build: ${reuse.reason} (${checked})`);

    mkdirSync(site, { recursive: true });
    const cache = openBuildCache(config.cache, inputs, force && `${force} was given`);
    say('cache', `${config.cache}: ${cache.found}`);

    const { build } = await import('astro');
    // A folder of this build's own: a Pagefind process left running by a build that was killed cannot write into it.
    search = new SearchIndexer(join(work, 'search'), {
      shardSize: config.shardSize,
      keepDocuments: config.searchDocuments,
      shardCache: cache.search,
    });
    progress = new BuildProgress();
    if (cache.reused) progress.keepsPages();
    const sources = new ArticleSources();
    startBuildRun({
      search,
      progress,
      sources,
      articles: new ArticleCache(cache.articles, readArticleCodec),
    });
    await build({
      root: ROOT,
      outDir: site,
      logLevel: 'warn',
      force: force !== undefined,
      // Pages whose getStaticPaths() gives a cacheKey that, and their code, did not change are copied from the cache, not rendered (src/site/page-key.ts).
      cacheDir: cache.astro,
      experimental: { incrementalBuild: true },
    });
    const missing = REQUIRED.filter((file) => !existsSync(join(site, file)));
    if (missing.length > 0) throw new Error(`the build finished without ${missing.join(', ')}`);
    publishing = publishSite(site, config.out, (folder) =>
      writeSiteRecord(folder, { ...inputs, articles: sources.digest }),
    );
    await publishing;
    cache.seal();
    say('publish', `the site is at ${config.out}`);
    return 0;
  } catch (error) {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\nThe build failed. The site at ${config.out} is as it was.\n`,
    );
    return 1;
  } finally {
    // A build that failed may have left a shard being indexed.
    search?.abort();
    progress?.stop();
    startBuildRun(undefined);
    rmSync(work, { recursive: true, force: true });
    await lock.release();
  }
}

function checkConfig():
  { ok: true; config: ArchiveConfig } | { ok: false; problems: ConfigProblem[] } {
  const read = readConfig(process.env, commandPlaces(ROOT));
  if (!read.ok) return read;
  const { config } = read;
  const problems: ConfigProblem[] = [];
  const seeds = seedsFolderProblem(config.seeds, process.env['ARCHIVE_SEEDS']);
  if (seeds) problems.push(seeds);
  const out = outputRefusal(config.out, { root: ROOT, seeds: config.seeds });
  if (out) problems.push(outputProblem('ARCHIVE_OUT', config.out, out));
  const { searchDocuments } = config;
  // The build replaces this folder as it does its output: the same rules keep it from replacing anything else.
  const documents =
    searchDocuments && outputRefusal(searchDocuments, { root: ROOT, seeds: config.seeds });
  if (documents)
    problems.push(outputProblem('ARCHIVE_SEARCH_DOCUMENTS', searchDocuments, documents));
  const cache = cacheRefusal(config);
  if (cache) problems.push(outputProblem('ARCHIVE_CACHE', config.cache, cache));
  return problems.length > 0 ? { ok: false, problems } : read;
}

/**
 * Why the build may not keep its cache in ARCHIVE_CACHE, which it empties
 * whenever it cannot trust it: the output folder's rules, with the cache's
 * own marker, and never in or around a folder that each build replaces.
 */
function cacheRefusal({ cache, out, searchDocuments, seeds }: ArchiveConfig): string | undefined {
  const refusal = outputRefusal(cache, { root: ROOT, seeds }, CACHE_MARKER);
  if (refusal) return refusal;
  const replaced = [
    ['ARCHIVE_OUT', out],
    ['ARCHIVE_SEARCH_DOCUMENTS', searchDocuments],
  ].find(([, folder]) => {
    if (folder === undefined) return false;
    const [a, b] = [realPath(cache), realPath(folder)];
    return within(a, b) || within(b, a);
  });
  return (
    replaced && `a folder in or around ${replaced[1]} (${replaced[0]}), which each build replaces`
  );
}

/** A folder the build would replace, `path`, set by `variable`, that it may not. */
function outputProblem(variable: string, path: string, refusal: string): ConfigProblem {
  return {
    variable,
    value: process.env[variable],
    expected: 'a new or empty folder, or one this tool wrote',
    found: `${path}: ${refusal}`,
  };
}
