import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as fsp from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OUTPUT_MARKER } from '../../../src/build/output-folder.ts';
import { publishSite, recoverOutput } from '../../../src/build/publish.ts';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync) };
});
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return { ...real, rm: vi.fn(real.rm) };
});

/** A pid no process has: above the kernel's limit. */
const ENDED = 2 ** 22 + 1;

describe('publishSite and recoverOutput', () => {
  let top: string;
  const out = () => join(top, 'www/archive');
  const site = (text: string) => {
    const folder = join(top, `staging-${text}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), text);
    return folder;
  };
  const leftover = (kind: string, pid: number, text: string) => {
    const folder = join(top, 'www', `.archive.${kind}-${pid}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, OUTPUT_MARKER), '');
    writeFileSync(join(folder, 'index.html'), text);
    return folder;
  };

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'publish-'));
  });
  afterEach(() => {
    rmSync(top, { recursive: true, force: true });
    vi.mocked(fs.renameSync).mockClear();
    vi.mocked(fsp.rm).mockClear();
  });

  it('publishes into a new folder, marking it as this tool’s', async () => {
    await publishSite(site('first'), out());
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toBe('first');
    expect(readdirSync(out()).toSorted()).toEqual([OUTPUT_MARKER, 'index.html']);
  });

  it('lets the caller write into the new site once it is beside the output, before it is swapped in', async () => {
    await publishSite(site('first'), out());
    const seen: { folder: string; published: string }[] = [];
    await publishSite(site('second'), out(), (folder) => {
      seen.push({ folder, published: readFileSync(join(out(), 'index.html'), 'utf8') });
      writeFileSync(join(folder, 'record.json'), '{}');
    });
    expect(seen).toEqual([
      { folder: join(top, 'www', `.archive.next-${process.pid}`), published: 'first' },
    ]);
    expect(readdirSync(out()).toSorted()).toEqual([OUTPUT_MARKER, 'index.html', 'record.json']);
  });

  it('replaces the previous site whole, leaving nothing beside it', async () => {
    await publishSite(site('first'), out());
    writeFileSync(join(out(), 'gone.html'), 'a page the new site does not have');
    await publishSite(site('second'), out());
    expect(readdirSync(out()).toSorted()).toEqual([OUTPUT_MARKER, 'index.html']);
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toBe('second');
    expect(readdirSync(join(top, 'www'))).toEqual(['archive']);
  });

  it('copies a site that is on another file system, then swaps it in', async () => {
    await publishSite(site('first'), out());
    const exdev = Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw exdev;
    });
    const staged = site('second');
    await publishSite(staged, out());
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toBe('second');
    expect(fs.existsSync(staged)).toBe(false);
    expect(readdirSync(join(top, 'www'))).toEqual(['archive']);
  });

  it('puts the previous site back when the new one cannot be swapped in', async () => {
    await publishSite(site('first'), out());
    const real = vi.mocked(fs.renameSync).getMockImplementation()!;
    let renames = 0;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (++renames === 3)
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      real(from, to);
    });
    await expect(publishSite(site('second'), out())).rejects.toThrow('no space left');
    vi.mocked(fs.renameSync).mockImplementation(real);
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toBe('first');
  });

  it('puts back a site that a build stopped between the two renames had set aside', async () => {
    leftover('previous', ENDED, 'the last good site');
    expect(await recoverOutput(out())).toEqual([expect.stringContaining('put back the site')]);
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(join(top, 'www'))).toEqual(['archive']);
  });

  it('removes what stopped builds left beside a published site', async () => {
    await publishSite(site('current'), out());
    leftover('next', ENDED, 'half copied');
    leftover('previous', ENDED, 'old');
    expect(await recoverOutput(out())).toHaveLength(2);
    expect(readdirSync(join(top, 'www'))).toEqual(['archive']);
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toBe('current');
  });

  it('removes the previous site’s marker last, so that a removal cut short is finished by the next build', async () => {
    const first = site('first');
    mkdirSync(join(first, 'pages'));
    writeFileSync(join(first, 'pages/a.html'), 'a');
    await publishSite(first, out());
    vi.mocked(fsp.rm).mockImplementationOnce(async (path) => {
      await vi.mocked(fsp.rm).getMockImplementation()!(path, { recursive: true });
      throw new Error('killed');
    });
    await expect(publishSite(site('second'), out())).rejects.toThrow('killed');
    const [left] = readdirSync(join(top, 'www')).filter((name) => name !== 'archive');
    expect(readdirSync(join(top, 'www', left!))).toContain(OUTPUT_MARKER);
    // As if this process had been killed there: the leftover is a build's that ended.
    fs.renameSync(join(top, 'www', left!), join(top, 'www', `.archive.previous-${ENDED}`));
    expect(await recoverOutput(out())).toEqual([expect.stringContaining('removed')]);
    expect(readdirSync(join(top, 'www'))).toEqual(['archive']);
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toBe('second');
  });

  it('leaves alone folders without the marker, and those of a build still running', async () => {
    await publishSite(site('current'), out());
    const running = leftover('next', process.pid, 'in progress');
    mkdirSync(join(top, 'www/.archive.next-12'));
    writeFileSync(join(top, 'www/.archive.next-12/notes.txt'), 'not ours');
    expect(await recoverOutput(out())).toEqual([]);
    expect(readdirSync(join(top, 'www')).toSorted()).toEqual(
      ['.archive.next-12', basename(running), 'archive'].toSorted(),
    );
  });
});
