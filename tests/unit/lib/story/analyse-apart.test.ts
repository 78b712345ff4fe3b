import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../../scripts/make-corpus.ts';
import { fileKey, readArchive, type FileDigest } from '../../../../src/lib/archive/read-archive.ts';
import { analyseApart } from '../../../../src/lib/story/analyse-apart.ts';
import { StoryIndex, type ReadArticle } from '../../../../src/lib/story/story-index.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A folder of `articles` generated articles and one file that is not an article. */
function corpus(articles: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'analyse-apart-'));
  folders.push(folder);
  writeCorpus(folder, { articles, seed: 7 });
  writeFileSync(join(folder, '0000', 'not-an-article.txt'), 'no date line here\n');
  return folder;
}

/** Every valid article of the folder read on this thread alone, by key. */
function readHere(folder: string): Map<string, ReadArticle> {
  const story = new StoryIndex();
  const read = new Map<string, ReadArticle>();
  readArchive(folder, {
    onArticle: (article, source) =>
      read.set(fileKey(source), { article, analysis: story.analyse(article.blocks) }),
  });
  return read;
}

describe('analyseApart', () => {
  it('reads every valid article, half on a worker thread, as one thread reads it', async () => {
    const folder = corpus(240);
    const story = new StoryIndex();
    const progress: number[] = [];
    const read = await analyseApart(folder, {
      analyse: (blocks) => story.analyse(blocks),
      onParsed: (done, total) => {
        expect(total).toBe(241);
        progress.push(done);
      },
    });
    expect(read.size).toBe(240);
    expect(read).toEqual(readHere(folder));
    expect(progress.at(-1)).toBe(241);
  });

  it('leaves out the files an earlier build read', async () => {
    const folder = corpus(260);
    const here = readHere(folder);
    const known = new Set([...here.keys()].slice(0, 30));
    const read = await analyseApart(folder, {
      isKnown: (source: FileDigest) => known.has(fileKey(source)),
      analyse: (blocks) => new StoryIndex().analyse(blocks),
    });
    expect([...read.keys()].toSorted()).toEqual(
      [...here.keys()].filter((key) => !known.has(key)).toSorted(),
    );
  });

  it('parses nothing ahead when too few files are new to be worth a second thread', async () => {
    const folder = corpus(20);
    const read = await analyseApart(folder, {
      analyse: (blocks) => new StoryIndex().analyse(blocks),
    });
    expect(read.size).toBe(0);
  });
});
