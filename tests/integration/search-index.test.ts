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
      const indexer = new SearchIndexer(work, 2);
      const dates = ['2001-01-01', '2001-01-02', '2002-05-05', '2002-05-06'];
      const add = (position: number) => indexer.add(position, article(dates, position));
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
      expect(readFileSync(join(out, 'pagefind.js'), 'utf8')).toMatch(
        /export\s*\{[^}]*createInstance[^}]*search/u,
      );
      expect(existsSync(work)).toBe(false);
    },
  );

  it('gives a caller that awaits add() room only once the document before it in its lane is on disk, so documents never pile up in memory', async () => {
    const work = join(folder, 'room');
    const indexer = new SearchIndexer(work, 100);
    const dates = Array.from({ length: 9 }, (_, day) => `2001-01-0${day + 1}`);
    indexer.plan(dates);
    const add = (position: number) => indexer.add(position, article(dates, position));
    // Eight lanes: the first eight documents find room at once.
    for (let position = 0; position < 8; position++) await add(position);
    // The ninth shares the first one's lane, and waits for its write.
    await add(8);
    // Whole, not just created: a write takes the event loop several turns after the file is opened.
    expect(readFileSync(join(work, 'shards', '0', '0.html'), 'utf8')).toContain('Article 0');
    indexer.abort();
  });

  it(
    'copies the very documents it indexed, one folder a shard, into the folder it was given, replacing what an earlier build left there',
    { timeout: 120_000 },
    async () => {
      const documents = join(folder, 'documents');
      mkdirSync(join(documents, '7'), { recursive: true });
      writeFileSync(join(documents, '7', '70.html'), 'an earlier build');
      const indexer = new SearchIndexer(join(folder, 'keeping'), 2, documents);
      const dates = ['2001-01-01', '2001-01-02', '2002-05-05', '2002-05-06'];
      indexer.plan(dates);
      for (const position of dates.keys()) await indexer.add(position, article(dates, position));
      indexer.seal();
      await indexer.finish(join(folder, 'keeping-pagefind'));
      expect(readdirSync(documents).toSorted()).toEqual([OUTPUT_MARKER, '0', '1']);
      expect(readdirSync(join(documents, '0')).toSorted()).toEqual(['0.html', '1.html']);
      expect(readdirSync(join(documents, '1')).toSorted()).toEqual(['2.html', '3.html']);
      expect(readFileSync(join(documents, '1', '2.html'), 'utf8')).toBe(article(dates, 2));
    },
  );
});
