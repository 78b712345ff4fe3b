import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-folder.ts';
import { readyDocument } from './run.ts';
import { SearchIndexer } from '../../src/search-index/indexer.ts';
import { searchDocument } from '../../src/lib/search/search-document.ts';
import type { ArchiveMeta } from '../../src/lib/search/archive-index/layout.ts';

/** The search document of article `position`, dated `dates[position]`. */
const article = (dates: readonly string[], position: number) =>
  searchDocument(
    {
      date: dates[position]!,
      headline: `Article ${position}`,
      blocks: [{ kind: 'paragraph', text: `Body of article ${position}.`, line: 1 }],
    },
    `/a/${position}/`,
  );

describe('SearchIndexer', () => {
  const folder = mkdtempSync(join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    'indexes each shard as soon as its articles are in, and assembles the archive index over them and the engine',
    // Two runs of Pagefind, each slow to start on a busy machine.
    { timeout: 120_000 },
    async () => {
      const work = join(folder, 'work');
      const indexer = new SearchIndexer(work, { shardSize: 2 });
      const dates = ['2001-01-01', '2001-01-02', '2002-05-05', '2002-05-06'];
      const add = (position: number) =>
        indexer.add(position, readyDocument(article(dates, position)));
      indexer.plan(dates);
      void add(0);
      void add(1);
      // The first shard is complete: Pagefind indexes it while the rest is still to come.
      await vi.waitFor(
        () =>
          expect(
            existsSync(join(work, 'pagefind', 'shard-0', 'pagefind-entry.json')),
            'the first shard indexed',
          ).toBe(true),
        { timeout: 60_000, interval: 50 },
      );
      void add(2);
      void add(3);
      indexer.seal();

      const out = join(folder, 'dist-pagefind');
      expect(await indexer.finish(out)).toMatchObject({ count: 4, shards: 2 });
      const meta = JSON.parse(
        gunzipSync(readFileSync(join(out, 'archive', 'meta.pfa'))).toString(),
      ) as ArchiveMeta;
      expect(meta).toMatchObject({
        docs: 4,
        months: [
          ['2001-01', 0, 2],
          ['2002-05', 2, 2],
        ],
        filters: { year: { '2001': 2, '2002': 2 }, month: { '2001-01': 2, '2002-05': 2 } },
      });
      // Each article's fragment under its doc id, in date order.
      for (const doc of [0, 1, 2, 3])
        expect(existsSync(join(out, 'archive', 'fragment', `${doc}.pf_fragment`))).toBe(true);
      // Pagefind's UIs once, beside the archive's engine; no shard's own engine is published.
      for (const ui of [
        'pagefind-component-ui.js',
        'pagefind-component-ui.css',
        'pagefind-highlight.js',
        'pagefind-ui.js',
        'pagefind-ui.css',
      ])
        expect(existsSync(join(out, ui))).toBe(true);
      for (const shard of ['shard-0', 'shard-1']) expect(existsSync(join(out, shard))).toBe(false);
      const engine = readFileSync(join(out, 'pagefind.js'), 'utf8');
      expect(engine).toMatch(/export\s*\{[^}]*createInstance[^}]*search/u);
      // V8 compiles the engine as it loads only if its compile hint opens the file.
      expect(engine.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
      // The engine reads JSON fragments: Pagefind's CBOR decoder, which the build's readers use, stays out of it.
      expect(engine).not.toContain('CBOR decode');
      expect(existsSync(work)).toBe(false);
    },
  );

  it("holds a shard's documents until its last is in, then writes them, each named by its place in the shard, before the add() that completed it settles", async () => {
    const work = join(folder, 'holding');
    const indexer = new SearchIndexer(work, { shardSize: 3 });
    const dates = Array.from({ length: 6 }, (_, day) => `2001-01-0${day + 1}`);
    indexer.plan(dates);
    const add = (position: number) =>
      indexer.add(position, readyDocument(article(dates, position)));
    for (const position of [0, 1, 2, 3, 4]) await add(position);
    expect(readdirSync(join(work, 'shards', '0')).toSorted()).toEqual([
      '0.html',
      '1.html',
      '2.html',
    ]);
    // The second shard's first two documents are held, not written.
    expect(existsSync(join(work, 'shards', '1'))).toBe(false);
    await add(5);
    expect(readFileSync(join(work, 'shards', '1', '0.html'), 'utf8')).toBe(article(dates, 3));
    expect(readFileSync(join(work, 'shards', '1', '2.html'), 'utf8')).toBe(article(dates, 5));
    indexer.abort();
  });

  it(
    'copies the very documents it indexed, one folder a shard, into the folder it was given, replacing what an earlier build left there, shards reused from the cache included',
    { timeout: 120_000 },
    async () => {
      const documents = join(folder, 'documents');
      const cache = join(folder, 'keeping-cache');
      const dates = ['2001-01-01', '2001-01-02', '2002-05-05', '2002-05-06'];
      for (const run of ['first', 'second']) {
        mkdirSync(join(documents, '7'), { recursive: true });
        writeFileSync(join(documents, '7', '70.html'), 'an earlier build');
        const indexer = new SearchIndexer(join(folder, 'keeping'), {
          shardSize: 2,
          keepDocuments: documents,
          shardCache: cache,
        });
        indexer.plan(dates);
        for (const position of dates.keys())
          await indexer.add(position, readyDocument(article(dates, position)));
        indexer.seal();
        const { reused } = await indexer.finish(join(folder, `keeping-pagefind-${run}`));
        expect(reused).toBe(run === 'first' ? 0 : 2);
        expect(readdirSync(documents).toSorted()).toEqual([OUTPUT_MARKER, '0', '1']);
        expect(readdirSync(join(documents, '0')).toSorted()).toEqual(['0.html', '1.html']);
        expect(readdirSync(join(documents, '1')).toSorted()).toEqual(['0.html', '1.html']);
        expect(readFileSync(join(documents, '1', '0.html'), 'utf8')).toBe(article(dates, 2));
      }
    },
  );
});
