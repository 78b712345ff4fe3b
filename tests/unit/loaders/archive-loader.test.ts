import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { digestBytes } from '../../../src/lib/archive/read-archive.ts';
import { fileKey, SLUG_MAX_BYTES } from '../../../src/lib/derive/slug.ts';
import { archiveLoader, type SearchSink } from '../../../src/loaders/archive-loader.ts';
import { fakeContext } from './fake-context.ts';

describe('archiveLoader', () => {
  let root: string;
  const write = (name: string | Buffer, text: string | Buffer) =>
    writeFileSync(
      typeof name === 'string'
        ? join(root, 'seeds', name)
        : Buffer.concat([Buffer.from(join(root, 'seeds', '/')), name]),
      text,
    );

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'archive-'));
    mkdirSync(join(root, 'seeds'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('stores each article under its date path, with its metadata and not its body', async () => {
    write(
      'a.txt',
      ' date 2025-11-22 Lead of the article.\n\nA Heading\n\nBody text.\n\nOther Heading\n\nMore text.',
    );
    const { context, entries } = fakeContext(root);
    await archiveLoader({ directory: 'seeds' }).load(context);
    const [entry] = [...entries.values()];
    expect(entry!.id).toMatch(/^2025\/11\/22\/lead-of-the-article-[0-9a-f]{6}$/u);
    expect(entry!.data).toMatchObject({
      date: '2025-11-22',
      headline: 'Lead of the article',
      sourceFile: 'a.txt',
      wordCount: 12,
    });
    expect(entry!.data).not.toHaveProperty('blocks');
    expect(entry!.filePath).toBe(join('seeds', 'a.txt'));
    expect(entry!.rendered).toBeUndefined();
  });

  it('keeps the stored entry of an unchanged article on a rebuild, and replaces a changed one', async () => {
    write('a.txt', ' date 2025-01-01 Harbour strike talks.\n\nDockers walked out.');
    write('b.txt', ' date 2025-01-02 Orchard frost damage.\n\nGrowers counted losses.');
    const { context, entries, logs } = fakeContext(root);
    const loader = archiveLoader({ directory: 'seeds' });
    await loader.load(context);

    const set = vi.spyOn(context.store, 'set');
    write('b.txt', ' date 2025-01-02 Orchard frost damage.\n\nGrowers counted heavy losses.');
    await loader.load(context);
    expect(set.mock.calls.map(([entry]) => entry.data['sourceFile'])).toEqual(['b.txt']);
    expect(logs.at(-1)).toContain('1 unchanged since the last build');
    expect(entries.size).toBe(2);
  });

  /**
   * A report of a harbour strike and an unrelated article, loaded; then, on
   * `addReport()`, a second report of the strike, loaded by the same loader
   * as a rebuild would: what is stored for a file is `dataOf(file)`.
   */
  async function harbourStrike() {
    write(
      'a.txt',
      ' date 2025-01-01 Harbour strike talks stall.\n\nDockers and the harbour board met again.',
    );
    write('b.txt', ' date 2025-01-02 Orchard frost damage.\n\nGrowers counted losses.');
    const { context, entries } = fakeContext(root);
    const loader = archiveLoader({ directory: 'seeds' });
    await loader.load(context);
    const entryOf = (file: string) =>
      [...entries.values()].find((entry) => entry.data['sourceFile'] === file)!;
    return {
      entryOf,
      dataOf: (file: string) => entryOf(file).data,
      addReport: async () => {
        write(
          'c.txt',
          ' date 2025-01-03 Harbour strike talks resume.\n\nDockers and the harbour board agree to meet.',
        );
        await loader.load(context);
      },
    };
  }

  it('updates an unchanged article whose related articles change', async () => {
    const { entryOf, dataOf, addReport } = await harbourStrike();
    expect(dataOf('a.txt')['related']).toEqual([]);
    await addReport();
    expect(dataOf('a.txt')['related']).toEqual([entryOf('c.txt').id]);
  });

  it('puts an unchanged article in the story a new report of it starts', async () => {
    const { dataOf, addReport } = await harbourStrike();
    expect(dataOf('a.txt')['story']).toBeUndefined();
    await addReport();
    expect(dataOf('a.txt')['story']).toMatchObject({ slug: /harbour/u, name: /harbour/iu });
    expect(dataOf('c.txt')['story']).toEqual(dataOf('a.txt')['story']);
    expect(dataOf('b.txt')['story']).toBeUndefined();
  });

  it('updates an unchanged article whose lone surname another article comes to name in full', async () => {
    write(
      'a.txt',
      ' date 2025-01-01 Talks resumed on Monday.\n\nThe plan would hold, Dmitriev said.',
    );
    const { context, entries } = fakeContext(root);
    const loader = archiveLoader({ directory: 'seeds' });
    await loader.load(context);
    const people = () =>
      (
        [...entries.values()].find((entry) => entry.data['sourceFile'] === 'a.txt')!.data[
          'entities'
        ] as string[]
      ).filter((id) => id.startsWith('person/'));
    // A surname that fits nobody named in full is dropped.
    expect(people()).toEqual([]);

    write(
      'b.txt',
      ' date 2025-01-02 Envoy flies to Moscow.\n\nOn Tuesday, Kirill Dmitriev arrived for a second round.',
    );
    await loader.load(context);
    expect(people()).toEqual(['person/kirill-dmitriev']);
  });

  it('points an entry at its file’s new place when the folder moves', async () => {
    write('a.txt', ' date 2025-01-01 First article.');
    const { context, entries } = fakeContext(root);
    await archiveLoader({ directory: 'seeds' }).load(context);
    renameSync(join(root, 'seeds'), join(root, 'moved'));
    await archiveLoader({ directory: 'moved' }).load(context);
    expect([...entries.values()].map((e) => e.filePath)).toEqual([join('moved', 'a.txt')]);
  });

  it('removes the entries of deleted files', async () => {
    write('a.txt', ' date 2025-01-01 First article.');
    write('b.txt', ' date 2025-01-02 Second article.');
    const { context, entries } = fakeContext(root);
    const loader = archiveLoader({ directory: 'seeds' });
    await loader.load(context);
    rmSync(join(root, 'seeds', 'b.txt'));
    await loader.load(context);
    expect([...entries.values()].map((e) => e.data['sourceFile'])).toEqual(['a.txt']);
  });

  it('fails listing every invalid file, with file, line, expected and found', async () => {
    write('good.txt', ' date 2025-01-01 Fine.');
    write('bad-date.txt', ' date 2025-02-30 Text.');
    write('no-header.txt', 'Some notes');
    write('latin1.txt', Buffer.from(' date 2025-01-01 Café', 'latin1'));
    const { context } = fakeContext(root);
    await expect(archiveLoader({ directory: 'seeds' }).load(context)).rejects.toThrow(
      [
        '3 seed file(s) are not valid articles:',
        '  bad-date.txt:1: expected a real calendar date, found 2025-02-30, a month of 28 days',
        '  latin1.txt:1: expected UTF-8 text, found bytes that are not UTF-8 at byte 20 (e9)',
        '  no-header.txt:1: expected a first line starting with "date YYYY-MM-DD", found "Some notes"',
      ].join('\n'),
    );
  });

  it('builds the valid files and lists the skipped ones when told to skip', async () => {
    write('good.txt', ' date 2025-01-01 Fine.');
    write('bad.txt', ' date 2025-13-01 Text.');
    const { context, entries, logs } = fakeContext(root);
    await archiveLoader({ directory: 'seeds', onInvalid: 'skip' }).load(context);
    expect(entries.size).toBe(1);
    expect(logs.join('\n')).toContain(
      'Skipped 1 invalid file(s):\n  bad.txt:1: expected a real calendar date',
    );
  });

  it('tells the build which files its articles were read from, with their digests, and how many files were invalid', async () => {
    write('good.txt', ' date 2025-01-01 Fine.');
    write('bad.txt', ' date 2025-13-01 Text.');
    const read = vi.fn();
    const { context } = fakeContext(root);
    await archiveLoader({ directory: 'seeds', onInvalid: 'skip', sources: { read } }).load(context);
    expect(read).toHaveBeenCalledExactlyOnceWith(
      [{ file: 'good.txt', digest: digestBytes(' date 2025-01-01 Fine.') }],
      1,
    );
  });

  it('ignores files that are not .txt, saying so once', async () => {
    write('a.txt', ' date 2025-01-01 Fine.');
    write('photo.jpg', 'not text');
    write('notes.md', '# notes');
    const { context, entries, logs } = fakeContext(root);
    await archiveLoader({ directory: 'seeds' }).load(context);
    expect(entries.size).toBe(1);
    expect(logs.filter((l) => l.startsWith('Ignored'))).toEqual([
      `Ignored 2 file(s) in ${join(root, 'seeds')} that are not .txt articles: notes.md, photo.jpg`,
    ]);
  });

  it('hands every article to the search indexer oldest first, unchanged ones too, with its URL under the base path and its entities', async () => {
    // File names in the opposite order to the dates.
    write('a.txt', ' date 2025-01-02 Second article.');
    write('b.txt', ' date 2025-01-01 First article, on Steve Witkoff.');
    const documents: string[] = [];
    const seals: unknown[] = [];
    const planned: string[][] = [];
    const search: SearchSink = {
      plan: (dates) => {
        planned.push([...dates]);
      },
      add: (_, document) => {
        documents.push(document.html());
        return Promise.resolve();
      },
      seal: (filters) => {
        seals.push(filters);
      },
    };
    const { context } = fakeContext(root);
    const loader = archiveLoader({ directory: 'seeds', search });
    await loader.load(context);
    write('a.txt', ' date 2025-01-02 Second article, revised.');
    documents.length = 0;
    await loader.load(context);
    const urls = documents.map((d) => /data-url="([^"]+)"/u.exec(d)?.[1]);
    expect(urls).toEqual([
      expect.stringMatching(
        /^\/archive\/2025\/01\/01\/first-article-on-steve-witkoff-[0-9a-f]{6}\/$/u,
      ),
      expect.stringMatching(/^\/archive\/2025\/01\/02\/second-article-revised-[0-9a-f]{6}\/$/u),
    ]);
    expect(documents[0]).toContain(
      '<span data-pagefind-filter="people[data-name]" data-name="Steve Witkoff"></span>',
    );
    expect(documents[1]).toContain('<p>Second article, revised.</p>');
    // Sealed once a load, with the most named entities for the search page to list before a search.
    expect(seals).toEqual([{ people: { 'Steve Witkoff': 1 } }, { people: { 'Steve Witkoff': 1 } }]);
    expect(planned).toEqual([
      ['2025-01-01', '2025-01-02'],
      ['2025-01-01', '2025-01-02'],
    ]);
  });

  it('gives two same-day articles with the same lead two entries', async () => {
    write('one.txt', ' date 2025-01-01 Same lead.');
    write('two.txt', ' date 2025-01-01 Same lead.');
    const { context, entries, logs } = fakeContext(root);
    await archiveLoader({ directory: 'seeds' }).load(context);
    expect(entries.size).toBe(2);
    expect(logs.join('\n')).toContain('two.txt is byte-identical to one.txt');
  });

  it('publishes two same-day, same-lead files whose six-digit keys are the same, under two URLs', async () => {
    write('report-1737.txt', ' date 2025-03-14 The harbour board met on Friday.');
    write(
      'report-6328.txt',
      ' date 2025-03-14 The harbour board met on Friday.\n\nIt agreed a budget.',
    );
    const { context, entries } = fakeContext(root);
    await archiveLoader({ directory: 'seeds' }).load(context);
    expect([...entries.values()].map((entry) => [entry.data['sourceFile'], entry.id])).toEqual([
      [
        'report-1737.txt',
        `2025/03/14/the-harbour-board-met-on-friday-${fileKey('report-1737.txt', 1)}`,
      ],
      [
        'report-6328.txt',
        `2025/03/14/the-harbour-board-met-on-friday-${fileKey('report-6328.txt')}`,
      ],
    ]);
  });

  it('stores a long Georgian lead under a slug of at most SLUG_MAX_BYTES', async () => {
    write(
      'ka.txt',
      ` date 2025-05-26 ${'საქართველოს პარლამენტმა დღეს მიიღო ახალი კანონი რომელიც ადგილობრივ თვითმმართველობას ეხება '.repeat(3)}`,
    );
    const { context, entries } = fakeContext(root);
    await archiveLoader({ directory: 'seeds' }).load(context);
    const [entry] = [...entries.values()];
    expect(Buffer.byteLength(entry!.data['slug'] as string)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
    expect(entry!.id).toMatch(/^2025\/05\/26\/საქართველოს-პარლამენტმა-/u);
  });

  it('fails naming a body without a single word by its file and line', async () => {
    write('stars.txt', ' date 2025-01-01\n\n* * *');
    const { context } = fakeContext(root);
    await expect(archiveLoader({ directory: 'seeds' }).load(context)).rejects.toThrow(
      '  stars.txt:3: expected article text with at least one word after "date 2025-01-01", found no word, only "* * *"',
    );
  });

  it('names a file whose name is not UTF-8 as invalid, and builds the others when told to skip', async () => {
    write('a.txt', ' date 2025-01-01 Fine.');
    write(Buffer.from('caf\u00e9.txt', 'latin1'), ' date 2025-01-02 Old archive.');
    const { context, entries, logs } = fakeContext(root);
    await archiveLoader({ directory: 'seeds', onInvalid: 'skip' }).load(context);
    expect(entries.size).toBe(1);
    expect(logs.join('\n')).toContain(
      'Skipped 1 invalid file(s):\n  caf\\xE9.txt:1: expected a file name in UTF-8, found bytes that are not UTF-8 (caf\\xE9.txt)',
    );
  });

  it('publishes linked files and folders, logs the links that leave the folder, and ignores hidden ones, saying so', async () => {
    const storage = join(root, 'storage');
    mkdirSync(join(storage, '1998'), { recursive: true });
    writeFileSync(join(storage, '1998', 'a.txt'), ' date 1998-06-01 Flood waters recede.');
    writeFileSync(join(storage, 'b.txt'), ' date 1998-06-02 Bridge reopens.');
    symlinkSync(join(storage, '1998'), join(root, 'seeds', '1998'));
    symlinkSync(join(storage, 'b.txt'), join(root, 'seeds', 'b.txt'));
    mkdirSync(join(root, 'seeds', '.Trash-1000'));
    write(join('.Trash-1000', 'c.txt'), ' date 1998-06-03 Deleted draft.');
    const { context, entries, logs } = fakeContext(root);
    await archiveLoader({ directory: 'seeds' }).load(context);
    expect(
      [...entries.values()].map((entry) => [entry.data['sourceFile'], entry.filePath]),
    ).toEqual([
      [join('1998', 'a.txt'), join('seeds', '1998', 'a.txt')],
      ['b.txt', join('seeds', 'b.txt')],
    ]);
    expect(logs).toContain(`1998 → ${join(storage, '1998')}: a link out of the folder, followed.`);
    expect(logs).toContain(
      `b.txt → ${join(storage, 'b.txt')}: a link out of the folder, followed.`,
    );
    expect(logs).toContain(
      `Ignored 1 hidden file(s) and folder(s) in ${join(root, 'seeds')}, unread: .Trash-1000`,
    );
  });

  it('names the file when the content schema rejects what was read from it', async () => {
    write('a.txt', ' date 2025-01-01 Fine.');
    const { context } = fakeContext(root);
    context.parseData = () => Promise.reject(new Error('wordCount: too small'));
    await expect(archiveLoader({ directory: 'seeds' }).load(context)).rejects.toThrow(
      'a.txt was read as an article that the content schema rejects: Error: wordCount: too small',
    );
  });
});
