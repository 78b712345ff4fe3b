import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFolder } from '../../src/lib/archive/walk-folder.ts';
import { scratch } from './run.ts';

// Node cannot make a named pipe: mkfifo, a process of its own, does.
const { dir: folder, remove } = scratch('walk-fifo-');
afterAll(remove);

describe('walkFolder', () => {
  it('never opens a named pipe, and names it as an invalid file', () => {
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    execFileSync('mkfifo', [join(folder, 'pipe')]);
    symlinkSync('pipe.txt', join(folder, 'pipe-link.txt'));
    const listing = walkFolder(folder);
    expect(listing.seeds).toEqual([]);
    const found = 'a named pipe (FIFO), which is never read';
    expect(listing.errors).toEqual([
      { file: 'pipe-link.txt', line: 1, expected: 'a readable file', found },
      { file: 'pipe.txt', line: 1, expected: 'a readable file', found },
    ]);
    expect(listing.ignored).toEqual(['pipe']);
  });
});
