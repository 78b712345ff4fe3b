import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, outputRefusal } from '../../../src/build/output-folder.ts';

describe('outputRefusal', () => {
  let top: string;
  let places: { root: string; seeds: string; home: string };
  const refusal = (path: string, overrides: Partial<typeof places> = {}) =>
    outputRefusal(join(top, path), { ...places, ...overrides });

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'output-folder-'));
    for (const folder of [
      'work/project/src/pages',
      'work/project/seeds',
      'work/project/dist',
      'home/ana',
      'data/articles',
    ])
      mkdirSync(join(top, folder), { recursive: true });
    places = {
      root: join(top, 'work/project'),
      seeds: join(top, 'data/articles'),
      home: join(top, 'home/ana'),
    };
  });
  afterEach(() => {
    rmSync(top, { recursive: true, force: true });
  });

  it('allows a new folder, an empty one, and one this tool wrote', () => {
    expect(refusal('www/archive')).toBeUndefined();
    expect(refusal('work/project/dist')).toBeUndefined();
    mkdirSync(join(top, 'www/site'), { recursive: true });
    writeFileSync(join(top, 'www/site', OUTPUT_MARKER), '');
    writeFileSync(join(top, 'www/site/index.html'), '<!doctype html>');
    expect(refusal('www/site')).toBeUndefined();
  });

  it('refuses a folder of someone else’s files, naming a few of them', () => {
    mkdirSync(join(top, 'www/.git'), { recursive: true });
    writeFileSync(join(top, 'www/index.php'), '<?php');
    expect(refusal('www')).toBe(
      `a folder that holds files this tool did not write (.git, index.php; no ${OUTPUT_MARKER} file): choose a new or empty folder, or empty this one yourself`,
    );
  });

  it.each([
    ['the folder of articles', 'data/articles', 'the folder of articles (ARCHIVE_SEEDS)'],
    [
      'a folder inside the folder of articles',
      'data/articles/site',
      'a folder inside the folder of articles',
    ],
    ['a folder that holds the articles', 'data', 'a folder that holds the articles'],
    ['the project', 'work/project', 'this project’s own folder'],
    ['a folder that holds the project', 'work', 'a folder that holds this project'],
    ['a source folder of the project', 'work/project/src', 'this project’s own folder src/'],
    [
      'a folder inside a source folder',
      'work/project/src/pages',
      'this project’s own folder src/ or a folder inside it',
    ],
    [
      'a new folder inside a source folder',
      'work/project/public/site',
      'this project’s own folder public/ or a folder inside it',
    ],
    ['the project’s own seeds', 'work/project/seeds', 'this project’s own folder seeds/'],
    ['a home folder', 'home/ana', 'a home folder'],
    ['a folder that holds a home folder', 'home', 'a folder that holds the home folder'],
  ])('refuses %s', (_, path, reason) => {
    expect(refusal(path)).toContain(reason);
  });

  it('refuses the root of the file system', () => {
    expect(outputRefusal('/', places)).toBe('the root of the file system');
  });

  it('sees through a link to the folder of articles', () => {
    symlinkSync(join(top, 'data/articles'), join(top, 'www-link'));
    expect(refusal('www-link')).toBe('the folder of articles (ARCHIVE_SEEDS)');
  });

  it('refuses a file', () => {
    writeFileSync(join(top, 'notes.txt'), 'notes');
    expect(refusal('notes.txt')).toBe('a file, not a folder');
  });
});
