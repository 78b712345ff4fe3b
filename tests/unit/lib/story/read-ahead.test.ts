import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeCorpus } from '../../../../scripts/make-corpus.ts';
import { fileKey, readArchive, type FileDigest } from '../../../../src/lib/archive/read-archive.ts';
import { ReadAhead } from '../../../../src/lib/story/read-ahead.ts';
import { StoryIndex, type ReadArticle } from '../../../../src/lib/story/story-index.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A folder of `articles` generated articles and, first in its order, one file that is not an article. */
function corpus(articles: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'read-ahead-'));
  folders.push(folder);
  writeCorpus(folder, { articles, seed: 7 });
  writeFileSync(join(folder, '0000', '0-not-an-article.txt'), 'no date line here\n');
  return folder;
}

/** Every valid article of the folder read on this thread alone, by key, in the files' order. */
function readHere(folder: string): Map<string, { source: FileDigest; read: ReadArticle }> {
  const story = new StoryIndex();
  const read = new Map<string, { source: FileDigest; read: ReadArticle }>();
  readArchive(folder, {
    onArticle: (article, source) =>
      read.set(fileKey(source), {
        source,
        read: { article, analysis: story.analyse(article.blocks) },
      }),
  });
  return read;
}

describe('ReadAhead', () => {
  it('reads the last two thirds of the new files on a worker, as this thread reads them', async () => {
    const folder = corpus(240);
    const here = [...readHere(folder).values()];
    const ahead = new ReadAhead(folder);
    try {
      const last = here.at(-1)!;
      await vi.waitFor(() => expect(ahead.take(last.source)).toBeDefined(), {
        timeout: 60_000,
        interval: 20,
      });
      expect(ahead.take(last.source)).toEqual(last.read);
      expect(ahead.take(here[0]!.source)).toBeUndefined();
    } finally {
      ahead.close();
    }
  });

  it('gives the folder’s reading what this thread alone gives, whichever thread reads each file', () => {
    const folder = corpus(260);
    const ahead = new ReadAhead(folder);
    const story = new StoryIndex();
    const read = new Map<string, ReadArticle>();
    try {
      readArchive(folder, {
        known: (source) => ahead.take(source)?.article,
        onArticle: (article, source) =>
          read.set(
            fileKey(source),
            ahead.take(source) ?? { article, analysis: story.analyse(article.blocks) },
          ),
      });
    } finally {
      ahead.close();
    }
    const here = readHere(folder);
    expect(read).toEqual(new Map([...here].map(([key, { read }]) => [key, read])));
  });

  it('reads nothing ahead when too few files are new to be worth a second thread', () => {
    const folder = corpus(300);
    const here = [...readHere(folder).values()];
    const known = new Set(here.slice(0, 280).map(({ source }) => fileKey(source)));
    for (const ahead of [
      new ReadAhead(corpus(20)),
      new ReadAhead(folder, (source) => known.has(fileKey(source))),
    ]) {
      expect(here.map(({ source }) => ahead.take(source))).toEqual(here.map(() => undefined));
      ahead.close();
    }
  });
});
