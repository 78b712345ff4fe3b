import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readSiteRecord,
  SITE_RECORD,
  siteDifference,
  writeSiteRecord,
  type RecordedFingerprint,
  type SiteRecord,
} from '../../../src/build/site-record.ts';

const FINGERPRINT: RecordedFingerprint = {
  articles: 'a'.repeat(64),
  settings: 'b'.repeat(64),
  code: 'c'.repeat(64),
};

describe('the site record', () => {
  let site: string;
  const write = (name: string, text: string) => {
    mkdirSync(join(site, name, '..'), { recursive: true });
    writeFileSync(join(site, name), text);
  };
  const record = (): SiteRecord => {
    const read = readSiteRecord(site);
    if (!read.ok) throw new Error(read.problem);
    return read.record;
  };

  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'site-record-'));
    write('index.html', '<h1>Tollbridge Courier Archive</h1>');
    write('1986/04/02/harbour-board-votes-to-dredge/index.html', '<p>The board voted.</p>');
    write('.news-archive', 'marker');
    writeSiteRecord(site, FINGERPRINT);
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  it('reads back what the build recorded, and finds the site as it was written', () => {
    expect(record().fingerprint).toEqual(FINGERPRINT);
    expect(record().files.map(([path]) => path)).toEqual([
      '.news-archive',
      '1986/04/02/harbour-board-votes-to-dredge/index.html',
      'index.html',
    ]);
    expect(siteDifference(site, record())).toBeUndefined();
  });

  it('finds a file removed, and a folder removed with all it held', () => {
    const written = record();
    rmSync(join(site, 'index.html'));
    expect(siteDifference(site, written)).toBe('missing index.html');
    rmSync(join(site, '1986'), { recursive: true });
    expect(siteDifference(site, written)).toBe(
      'missing 1986, 1986/04, 1986/04/02, 1986/04/02/harbour-board-votes-to-dredge, 1986/04/02/harbour-board-votes-to-dredge/index.html and 1 more',
    );
  });

  it('finds a file or a folder that the build did not write, and a link', () => {
    const written = record();
    write('notes.txt', 'left by hand');
    mkdirSync(join(site, 'drafts'));
    symlinkSync('index.html', join(site, 'home.html'));
    expect(siteDifference(site, written)).toBe(
      'not written by the build drafts, notes.txt, home.html',
    );
  });

  it('finds a file of another size, and one rewritten at the same size', () => {
    const written = record();
    write('index.html', '<h1>Tollbridge Courier Archives</h1>');
    expect(siteDifference(site, written)).toBe('changed index.html');
    write('index.html', '<h1>Tollbridge Courier Archive</h1>');
    const { atime, mtime } = statSync(join(site, 'index.html'));
    utimesSync(join(site, 'index.html'), atime, new Date(mtime.getTime() + 2000));
    expect(siteDifference(site, written)).toBe('changed index.html');
  });

  it('is not trusted when missing, cut short or written in another format', () => {
    const whole = gzipSync(JSON.stringify(record()));
    writeFileSync(join(site, SITE_RECORD), gzipSync(JSON.stringify({ ...record(), format: 2 })));
    expect(readSiteRecord(site)).toEqual({
      ok: false,
      problem: `its ${SITE_RECORD} was written by another version of this tool`,
    });
    writeFileSync(join(site, SITE_RECORD), whole.subarray(0, whole.length - 8));
    expect(readSiteRecord(site)).toEqual({ ok: false, problem: `its ${SITE_RECORD} is not whole` });
    rmSync(join(site, SITE_RECORD));
    expect(readSiteRecord(site)).toEqual({
      ok: false,
      problem: `the site at ${site} has no ${SITE_RECORD}: none has been built there yet, or it was built by an earlier version`,
    });
  });
});
