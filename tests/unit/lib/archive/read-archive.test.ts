import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveNotices } from '../../../../src/lib/archive/archive-notices.ts';
import { digestArchive, readArchive } from '../../../../src/lib/archive/read-archive.ts';
import { fileKey } from '../../../../src/lib/derive/slug.ts';
import type { Block } from '../../../../src/lib/seed/types.ts';

describe('readArchive', () => {
  let base: string;
  let folder: string;
  const write = (name: string, text: string) => {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  };

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'read-archive-'));
    folder = join(base, 'archive');
    mkdirSync(folder);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('reads the valid articles in name order and collects every invalid file, listing and parsing problems alike, by name', () => {
    write('b.txt', ' date 2025-01-02 Second.');
    write('a.txt', ' date 2025-01-01 First.');
    write('c.txt', ' date 2025-02-30 Never.');
    symlinkSync('gone.txt', join(folder, 'broken.txt'));
    const archive = readArchive(folder);
    expect(archive.articles.map(({ article }) => article.sourceFile)).toEqual(['a.txt', 'b.txt']);
    expect(archive.articles[0]!.path).toBe(join(folder, 'a.txt'));
    expect(archive.articles[0]!.digest).toMatch(/^[0-9a-f]{64}$/u);
    expect(archive.errors.map((error) => error.file)).toEqual(['broken.txt', 'c.txt']);
  });

  it('publishes report-1737.txt and report-6328.txt, one day and one lead, under two URLs', () => {
    for (const name of ['report-1737.txt', 'report-6328.txt'])
      write(name, ' date 2025-03-14 The harbour board met on Friday.\n\nIt agreed a budget.');
    const { articles, errors } = readArchive(folder);
    expect(errors).toEqual([]);
    expect(articles.map(({ article }) => article.slug)).toEqual([
      `the-harbour-board-met-on-friday-${fileKey('report-1737.txt', 1)}`,
      `the-harbour-board-met-on-friday-${fileKey('report-6328.txt')}`,
    ]);
  });

  it('hands each valid article’s body over in the order of the articles, and reports each file read', () => {
    write('a.txt', ' date 2025-01-01 First.');
    write('b.txt', 'no header');
    write('c.txt', ' date 2025-01-03 Third.\n\nMore.');
    const bodies: Block[][] = [];
    const reads: string[] = [];
    readArchive(folder, {
      onArticle: ({ blocks }) => bodies.push(blocks),
      onRead: (done, total) => reads.push(`${done}/${total}`),
    });
    expect(bodies.map((blocks) => blocks.map((block) => block.text))).toEqual([
      ['First.'],
      ['Third.', 'More.'],
    ]);
    expect(reads).toEqual(['1/3', '2/3', '3/3']);
  });

  it('names a file that cannot be read when its turn comes, instead of failing', () => {
    write('a.txt', ' date 2025-01-01 First.');
    write('b.txt', ' date 2025-01-02 Second.');
    // Removed after the folder was listed, just before it is read.
    const archive = readArchive(folder, {
      onRead: (done) => done === 2 && rmSync(join(folder, 'b.txt')),
    });
    expect(archive.errors).toEqual([
      {
        file: 'b.txt',
        line: 1,
        expected: 'a readable file',
        found: 'a file that cannot be read (ENOENT)',
      },
    ]);
  });

  it('finds byte-identical articles, and says what it ignored, followed and did not follow', () => {
    write('a.txt', ' date 2025-01-01 Same text.');
    write('b.txt', ' date 2025-01-01 Same text.');
    write('notes.md', '# notes');
    write('.Trash-1000/files/old.txt', ' date 2025-01-01 Deleted.');
    mkdirSync(join(base, 'storage'));
    write('../storage/kept.txt', ' date 2025-01-04 Kept in storage.');
    symlinkSync(join(base, 'storage'), join(folder, 'storage'));
    symlinkSync('.', join(folder, 'loop'));
    symlinkSync('a.txt', join(folder, 'again.txt'));
    const archive = readArchive(folder);
    expect(archive.twins).toEqual([{ file: 'b.txt', twin: 'a.txt' }]);
    expect(archiveNotices(archive)).toEqual([
      `Ignored 1 file(s) in ${folder} that are not .txt articles: notes.md`,
      `Ignored 1 hidden file(s) and folder(s) in ${folder}, unread: .Trash-1000`,
      'again.txt → a.txt: the file a.txt, already read, published once.',
      'loop → .: a link to a folder that holds it, not followed.',
      `storage → ${join(base, 'storage')}: a link out of the folder, followed.`,
      'b.txt is byte-identical to a.txt; both are published.',
    ]);
    expect(archive.articles.map(({ article }) => article.sourceFile)).toEqual([
      'a.txt',
      'b.txt',
      join('storage', 'kept.txt'),
    ]);
  });
});

describe('digestArchive', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'digest-archive-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('lists and digests every article file as readArchive does, valid or not, without parsing it', () => {
    writeFileSync(join(folder, 'a.txt'), ' date 1986-04-02 The harbour board met.');
    writeFileSync(join(folder, 'b.txt'), ' date 1986-04-02 The harbour board met.');
    writeFileSync(join(folder, 'c.txt'), 'No header: not an article.');
    writeFileSync(join(folder, 'notes.md'), '# notes');
    symlinkSync('gone.txt', join(folder, 'broken.txt'));
    const digests = digestArchive(folder);
    const read = readArchive(folder);
    expect(digests.files.map(({ file }) => file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(digests.files.slice(0, 2).map(({ digest }) => digest)).toEqual(
      read.articles.map(({ digest }) => digest),
    );
    expect(digests.errors.map(({ file }) => file)).toEqual(['broken.txt']);
    expect(archiveNotices(digests)).toEqual(archiveNotices(read));
  });
});
