import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkFolder } from '../../../../src/lib/archive/walk-folder.ts';

const ARTICLE = ' date 2025-01-01 Text.';

describe('walkFolder', () => {
  // The archive folder, and storage beside it that links lead out to.
  let base: string;
  let folder: string;
  let storage: string;
  const file = (path: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, ARTICLE);
  };
  const link = (target: string, path: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    symlinkSync(target, path);
  };
  const files = () => walkFolder(folder).seeds.map((seed) => seed.file);

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'walk-'));
    folder = join(base, 'archive');
    storage = join(base, 'storage');
    mkdirSync(folder);
    mkdirSync(storage);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('lists article files of every subfolder in name order, each with its path, and names other files as ignored', () => {
    file(join(folder, 'b.txt'));
    file(join(folder, '2019', 'a.txt'));
    writeFileSync(join(folder, 'notes.md'), '# notes');
    const listing = walkFolder(folder);
    expect(listing.seeds).toEqual([
      { file: join('2019', 'a.txt'), path: join(folder, '2019', 'a.txt') },
      { file: 'b.txt', path: join(folder, 'b.txt') },
    ]);
    expect(listing.ignored).toEqual(['notes.md']);
    expect(listing).toMatchObject({ hidden: [], links: [], errors: [] });
  });

  it('follows a link to a file, and says so when it leads out of the folder', () => {
    file(join(storage, 'kept.txt'));
    link(join(storage, 'kept.txt'), join(folder, 'linked.txt'));
    const listing = walkFolder(folder);
    expect(listing.seeds).toEqual([{ file: 'linked.txt', path: join(folder, 'linked.txt') }]);
    expect(listing.links).toEqual([
      { kind: 'outside', file: 'linked.txt', target: join(storage, 'kept.txt') },
    ]);
  });

  it('follows a link to a folder out of the folder, reads what is in it, and says so', () => {
    file(join(storage, '1998', 'a.txt'));
    file(join(storage, '1998', 'deeper', 'b.txt'));
    link(join(storage, '1998'), join(folder, '1998'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual([
      join('1998', 'a.txt'),
      join('1998', 'deeper', 'b.txt'),
    ]);
    expect(listing.seeds[0]!.path).toBe(join(folder, '1998', 'a.txt'));
    expect(listing.links).toEqual([
      { kind: 'outside', file: '1998', target: join(storage, '1998') },
    ]);
  });

  it('follows a relative link within the folder without calling it outside', () => {
    file(join(folder, '.drafts', 'a.txt'));
    link('.drafts', join(folder, 'drafts'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual([join('drafts', 'a.txt')]);
    expect(listing.links).toEqual([]);
  });

  it('does not follow a link to a folder that holds it, and reports the loop', () => {
    file(join(folder, 'sub', 'a.txt'));
    link('..', join(folder, 'sub', 'up'));
    link('.', join(folder, 'here'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual([join('sub', 'a.txt')]);
    expect(listing.links).toEqual([
      { kind: 'loop', file: 'here', target: '.' },
      { kind: 'loop', file: join('sub', 'up'), target: '..' },
    ]);
  });

  it('does not follow a link to a folder already read, whichever sorts first, and names the folder it repeats', () => {
    file(join(folder, 'real', 'a.txt'));
    link('real', join(folder, 'alias'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual([join('real', 'a.txt')]);
    expect(listing.links).toEqual([
      { kind: 'alias', file: 'alias', target: 'real', first: 'real' },
    ]);
  });

  it('reads a folder two links lead to once, by the link that sorts first', () => {
    file(join(storage, 'shared', 'a.txt'));
    link(join(storage, 'shared'), join(folder, 'one'));
    link(join(storage, 'shared'), join(folder, 'two'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual([join('one', 'a.txt')]);
    expect(listing.links.map(({ kind, file: name }) => [kind, name])).toEqual([
      ['outside', 'one'],
      ['alias', 'two'],
    ]);
  });

  it('publishes a file reached twice once, under its real name, and reports the link', () => {
    file(join(folder, 'zz.txt'));
    link('zz.txt', join(folder, 'aa.txt'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual(['zz.txt']);
    expect(listing.links).toEqual([
      { kind: 'twice', file: 'aa.txt', target: 'zz.txt', first: 'zz.txt' },
    ]);
  });

  it('makes a dangling link named like an article an invalid file, and reports any other dangling link', () => {
    link('gone.txt', join(folder, 'dangling.txt'));
    link(join(storage, 'unmounted'), join(folder, '2001'));
    link('self.txt', join(folder, 'self.txt'));
    const listing = walkFolder(folder);
    expect(listing.seeds).toEqual([]);
    expect(listing.errors).toEqual([
      {
        file: 'dangling.txt',
        line: 1,
        expected: 'a readable file',
        found: 'a link to a missing gone.txt',
      },
      {
        file: 'self.txt',
        line: 1,
        expected: 'a readable file',
        found: 'a link that cannot be followed to self.txt (ELOOP)',
      },
    ]);
    expect(listing.links).toEqual([
      { kind: 'missing', file: '2001', target: join(storage, 'unmounted') },
    ]);
  });

  it('ignores hidden files and folders without reading into them, and lists them', () => {
    file(join(folder, 'a.txt'));
    file(join(folder, '.hidden.txt'));
    file(join(folder, '.Trash-1000', 'files', 'deleted.txt'));
    file(join(folder, 'sub', '.DS_Store'));
    link(join(storage), join(folder, '.link'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual(['a.txt']);
    expect(listing.hidden).toEqual([
      '.Trash-1000',
      '.hidden.txt',
      '.link',
      join('sub', '.DS_Store'),
    ]);
  });

  it('sees a file name that is not UTF-8 and names it as invalid, its bad bytes as \\xNN', () => {
    const latin1 = (name: string) => Buffer.from(name, 'latin1');
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), latin1('caf\u00e9.txt')]), ARTICLE);
    mkdirSync(Buffer.concat([Buffer.from(`${folder}/`), latin1('\u00e9t\u00e9')]));
    writeFileSync(
      Buffer.concat([Buffer.from(`${folder}/`), latin1('\u00e9t\u00e9/a.txt')]),
      ARTICLE,
    );
    writeFileSync(
      Buffer.concat([Buffer.from(`${folder}/`), latin1('photo-\u00e9.jpg')]),
      'not text',
    );
    file(join(folder, 'café.txt'));
    const listing = walkFolder(folder);
    expect(listing.seeds.map((seed) => seed.file)).toEqual(['café.txt']);
    expect(listing.errors).toEqual([
      {
        file: join('\\xE9t\\xE9', 'a.txt'),
        line: 1,
        expected: 'a file name in UTF-8',
        found: `bytes that are not UTF-8 (${join('\\xE9t\\xE9', 'a.txt')})`,
      },
      {
        file: 'caf\\xE9.txt',
        line: 1,
        expected: 'a file name in UTF-8',
        found: 'bytes that are not UTF-8 (caf\\xE9.txt)',
      },
    ]);
    expect(listing.ignored).toEqual(['photo-\\xE9.jpg']);
  });

  it('lists the same files whatever order the links were made in', () => {
    file(join(storage, 'x', 'a.txt'));
    link(join(storage, 'x'), join(folder, 'b-link'));
    link(join(storage, 'x'), join(folder, 'a-link'));
    const first = walkFolder(folder);
    rmSync(join(folder, 'a-link'));
    rmSync(join(folder, 'b-link'));
    link(join(storage, 'x'), join(folder, 'a-link'));
    link(join(storage, 'x'), join(folder, 'b-link'));
    expect(walkFolder(folder)).toEqual(first);
    expect(files()).toEqual([join('a-link', 'a.txt')]);
  });
});
