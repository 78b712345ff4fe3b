import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLUG_MAX_BYTES } from '../../src/lib/derive/slug.ts';
import { articlePages, build, checkSeeds, scratch, type Run } from './run.ts';

/**
 * One folder holding each thing a real archive folder holds and that used to
 * be lost or fatal, built once (skipping invalid files) and checked once.
 */
const { dir, remove } = scratch('archive-folder-');
const seeds = join(dir, 'seeds');
const storage = join(dir, 'storage');
const out = join(dir, 'site');
const HARBOUR =
  ' date 2025-03-14 The harbour board met on Friday and agreed the budget for dredging.';
// A name no folder can be called after: 301 letters.
const LONG_NAME = `Q${'x'.repeat(300)}`;
const GEORGIAN = ` date 2025-05-26 ${'საქართველოს პარლამენტმა დღეს მიიღო ახალი კანონი რომელიც ადგილობრივ თვითმმართველობას ეხება და '.repeat(2)}ძალაში შევა შემოდგომაზე.`;

let run: Run;
let check: ReturnType<typeof checkSeeds>;
let pages: string[];

beforeAll(async () => {
  mkdirSync(join(seeds, '.Trash-1000', 'files'), { recursive: true });
  mkdirSync(join(storage, '1999'), { recursive: true });
  writeFileSync(
    join(seeds, 'plain.txt'),
    ' date 2024-04-02 The river authority opened the new weir on Tuesday.',
  );
  writeFileSync(
    join(storage, 'kept.txt'),
    ' date 2024-04-03 Volunteers cleared the towpath after the flood.',
  );
  symlinkSync(join(storage, 'kept.txt'), join(seeds, 'kept.txt'));
  writeFileSync(
    join(storage, '1999', 'ferry.txt'),
    ' date 1999-08-11 The ferry ran late on the day of the eclipse.',
  );
  symlinkSync(join(storage, '1999'), join(seeds, '1999'));
  writeFileSync(
    Buffer.from(`${seeds}/caf\u00e9.txt`, 'latin1'),
    ' date 2001-01-01 A name from an old archive.',
  );
  writeFileSync(join(seeds, 'georgian.txt'), GEORGIAN);
  writeFileSync(join(seeds, 'report-1737.txt'), HARBOUR);
  writeFileSync(join(seeds, 'report-6328.txt'), `${HARBOUR}\n\nThe vote was unanimous.`);
  writeFileSync(
    join(seeds, 'long-name.txt'),
    ` date 2024-01-09 On Tuesday, President ${LONG_NAME} Smith visited Kyiv.\n\nLater, ${LONG_NAME} Smith said the talks went well, and Kirill ${LONG_NAME} agreed.`,
  );
  writeFileSync(
    join(seeds, '.Trash-1000', 'files', 'deleted.txt'),
    ' date 2024-04-04 A draft that was thrown away.',
  );
  run = await build({ ARCHIVE_SEEDS: seeds, ARCHIVE_OUT: out, ARCHIVE_SKIP_INVALID: '1' });
  check = checkSeeds(seeds);
  // A failed build leaves no site: the tests then say why, from its output.
  pages = run.status === 0 ? articlePages(out) : [];
});
afterAll(remove);

describe('a build of a folder assembled from links, with a long Georgian lead, a very long name, a clashing pair and a Latin-1 name', () => {
  it('builds, and check-seeds counts what the build published', () => {
    expect(run.status, run.output).toBe(0);
    expect(check.lines[0]).toBe(
      `${seeds}: 7 valid article(s), 1 invalid, 0 other file(s) ignored, 1 hidden file(s) and folder(s) ignored`,
    );
    expect(pages).toHaveLength(7);
  });

  it('publishes a linked file and the articles of a linked folder, and both report the links out of the folder', () => {
    expect(
      pages.filter((page) => page.startsWith('2024/04/03/volunteers-cleared-the-towpath-')),
    ).toHaveLength(1);
    expect(
      pages.filter((page) => page.startsWith('1999/08/11/the-ferry-ran-late-on-the-day-')),
    ).toHaveLength(1);
    for (const line of [
      `1999 → ${join(storage, '1999')}: a link out of the folder, followed.`,
      `kept.txt → ${join(storage, 'kept.txt')}: a link out of the folder, followed.`,
    ]) {
      expect(run.output).toContain(line);
      expect(check.lines).toContain(line);
    }
  });

  it('names the file whose name is not UTF-8 in the build and in check-seeds, with no stack trace', () => {
    const error =
      'caf\\xE9.txt:1: expected a file name in UTF-8, found bytes that are not UTF-8 (caf\\xE9.txt)';
    expect(run.output).toContain(`Skipped 1 invalid file(s):\n  ${error}`);
    expect(check.lines).toContain(`Invalid: ${error}`);
    for (const output of [run.output, check.output]) {
      expect(output).not.toMatch(/ENOENT|^\s+at /mu);
    }
    expect(check.status).toBe(1);
  });

  it('builds the long Georgian lead under a folder name within SLUG_MAX_BYTES', () => {
    const [page] = pages.filter((path) => path.startsWith('2025/05/26/'));
    const slug = page!.split('/').at(-1)!;
    expect(slug).toMatch(/^საქართველოს-პარლამენტმა-დღეს-/u);
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
  });

  it('gives the people an article names pages whose folder names fit SLUG_MAX_BYTES, however long the names', () => {
    const people = readdirSync(join(out, 'people'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect(people.length).toBeGreaterThan(0);
    for (const { name } of people)
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
  });

  it('publishes both report-1737.txt and report-6328.txt, same day and lead, each on its own page', () => {
    const pair = pages.filter((page) =>
      page.startsWith('2025/03/14/the-harbour-board-met-on-friday-'),
    );
    expect(pair).toHaveLength(2);
    const bodies = pair.map((page) => readFileSync(join(out, page, 'index.html'), 'utf8'));
    expect(bodies.filter((html) => html.includes('The vote was unanimous.'))).toHaveLength(1);
  });

  it('ignores the hidden folder, and both say so', () => {
    expect(pages.filter((page) => page.startsWith('2024/04/04/'))).toEqual([]);
    const line = `Ignored 1 hidden file(s) and folder(s) in ${seeds}, unread: .Trash-1000`;
    expect(run.output).toContain(line);
    expect(check.lines).toContain(line);
  });
});
