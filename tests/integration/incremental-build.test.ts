import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/make-corpus.ts';
import { SITE_RECORD } from '../../src/build/site-record.ts';
import { build, scratch, tree, type Run } from './run.ts';

const { dir, remove } = scratch('incremental-build-');
const seeds = join(dir, 'articles');
const folder = join(seeds, '0000');
/** The site built again and again from what the last build kept, and one built from nothing each time. */
const incremental = {
  ARCHIVE_SEEDS: seeds,
  ARCHIVE_OUT: join(dir, 'site'),
  ARCHIVE_CACHE: join(dir, 'cache'),
};
const cold = {
  ...incremental,
  ARCHIVE_OUT: join(dir, 'cold'),
  ARCHIVE_CACHE: join(dir, 'cold-cache'),
};
// Several shards, so that a change reaches only some of them.
const shards = { ARCHIVE_SEARCH_SHARD_SIZE: '8' };

const DONE =
  /^\[archive\] done {3}([\d,]+) pages: ([\d,]+) article, .*; (?:all rendered|([\d,]+) rendered \(([\d,]+) article, .*\), ([\d,]+) kept from the last build) {2}/mu;

/** How many articles the build took from its cache of articles read before, of all it read. */
function readAsBefore({ output }: Run): { reused: number; articles: number } {
  const [reused, articles] = (
    /^\[archive\] load {3}([\d,]+) of ([\d,]+) articles reused as an earlier build read them/mu.exec(
      output,
    ) ?? []
  )
    .slice(1)
    .map((text) => Number(text.replaceAll(',', '')));
  return { reused: reused!, articles: articles! };
}

/** The pages, and the article pages, the build says it wrote, rendered and kept: all are rendered when none is kept. */
function pages(run: Run) {
  const match = DONE.exec(run.output);
  if (!match) throw new Error(`no "done" line in:\n${run.output}`);
  const [total, articles, rendered, renderedArticles, kept] = match
    .slice(1)
    .map((text) => (text === undefined ? undefined : Number(text.replaceAll(',', ''))));
  return {
    total: total!,
    articles: articles!,
    rendered: rendered ?? total!,
    renderedArticles: renderedArticles ?? articles!,
    kept: kept ?? 0,
  };
}

/** Builds the folder as it is now both ways; the two sites must be the same, byte for byte, but for the record of how each was built. */
async function buildBothWays(): Promise<Run> {
  const run = await build({ ...incremental, ...shards });
  expect(run.status, run.output).toBe(0);
  const reference = await build({ ...cold, ...shards }, ['--force']);
  expect(reference.status, reference.output).toBe(0);
  const site = (out: string) => {
    const files = tree(out);
    delete files[SITE_RECORD];
    return files;
  };
  expect(site(incremental.ARCHIVE_OUT)).toEqual(site(cold.ARCHIVE_OUT));
  return run;
}

/** The newest date in the folder, for articles that come after it. */
const newest = () =>
  readdirSync(folder)
    .map(
      (name) => /^ date (\d{4}-\d{2}-\d{2}) /u.exec(readFileSync(join(folder, name), 'utf8'))![1]!,
    )
    .toSorted()
    .at(-1)!;

const nextDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let first: Run;

beforeAll(async () => {
  writeCorpus(seeds, { articles: 30, seed: 11 });
  first = await build({ ...incremental, ...shards });
});
afterAll(remove);

describe('a build from what the last build kept', () => {
  it('starts from an empty cache and renders every page the first time', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(
      `[archive] cache  ${incremental.ARCHIVE_CACHE}: empty, nothing kept yet`,
    );
    expect(pages(first).kept).toBe(0);
  });

  it('renders again only what a day’s new articles and a few edits changed, and writes what a cold build writes', async () => {
    const day = newest();
    const added = [
      'The Calder Line ferry service resumed on Thursday after a three-day strike, the company said.',
      'Tollbridge council approved a budget of 4.2 million crowns for harbour repairs on Thursday.',
      'Brackley Textiles named Ruth Okafor as chief executive, replacing Henry Dunmore, who retired.',
    ];
    for (const [index, text] of added.entries())
      writeFileSync(
        join(folder, `update_${index}.txt`),
        ` date ${nextDay(day, 1 + index)} ${text}\n`,
      );
    const edited = readdirSync(folder).toSorted().slice(3, 5);
    for (const name of edited)
      writeFileSync(
        join(folder, name),
        `${readFileSync(join(folder, name), 'utf8')}\n\nA spokesman for the port authority declined to comment on Friday.\n`,
      );
    const run = await buildBothWays();
    expect(run.output).toContain('reused, as the last build left it');
    const { total, rendered, kept, articles, renderedArticles } = pages(run);
    expect(rendered + kept).toBe(total);
    // The new and edited articles, and those whose neighbours, related coverage or "On this day" changed.
    expect(renderedArticles).toBeGreaterThanOrEqual(added.length + edited.length);
    expect(renderedArticles).toBeLessThan(articles / 2);
    expect(readAsBefore(run)).toEqual({
      reused: articles - added.length - edited.length,
      articles,
    });
  });

  it('writes what a cold build writes after articles are deleted and renamed', async () => {
    const [gone, moved] = readdirSync(folder).toSorted().slice(10, 12);
    rmSync(join(folder, gone!));
    renameSync(join(folder, moved!), join(folder, `renamed-${moved!}`));
    const run = await buildBothWays();
    expect(pages(run).kept).toBeGreaterThan(0);
    // The renamed file is parsed again: its name is part of its article.
    const { articles } = pages(run);
    expect(readAsBefore(run)).toEqual({ reused: articles - 1, articles });
  });

  it('empties the cache a failed build left, rather than trust it', async () => {
    const invalid = join(folder, 'not-an-article.txt');
    writeFileSync(invalid, 'Harbour notes, no date line.\n');
    // A change besides, so that the published site is not simply kept once the invalid file is gone.
    const [name] = readdirSync(folder).toSorted();
    writeFileSync(
      join(folder, name!),
      `${readFileSync(join(folder, name!), 'utf8')}\n\nThe vote was 7 to 2.\n`,
    );
    const failed = await build({ ...incremental, ...shards });
    expect(failed.status).toBe(1);
    rmSync(invalid);
    const run = await buildBothWays();
    expect(run.output).toContain(
      `[archive] cache  ${incremental.ARCHIVE_CACHE}: emptied, since the build that wrote it did not finish`,
    );
    expect(pages(run).kept).toBe(0);
  });
});
