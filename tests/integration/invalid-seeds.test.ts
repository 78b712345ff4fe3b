import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles, sitePath } from '../../scripts/bench/pages.ts';
import { pageGroup } from '../../src/lib/urls.ts';
import { build as runBuild, ROOT, scratch } from './run.ts';

const { dir, remove } = scratch('archive-build-');
const out = join(dir, 'site');
afterAll(remove);

function build(env: Record<string, string>) {
  return runBuild({
    ARCHIVE_SEEDS: join(ROOT, 'tests/fixtures/invalid'),
    ARCHIVE_OUT: out,
    ...env,
  });
}

describe('a build of a folder with invalid files', () => {
  it('fails, listing every invalid file at once', async () => {
    const run = await build({});
    expect(run.status).not.toBe(0);
    const output = run.output;
    expect(output).toContain('7 seed file(s) are not valid articles:');
    for (const file of [
      'empty-body.txt:4',
      'empty.txt:1',
      'impossible-date.txt:1',
      'latin1.txt:1',
      'no-header.txt:1',
      'no-words.txt:3',
      'slashed-date.txt:1',
    ]) {
      expect(output).toContain(`  ${file}: expected`);
    }
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('builds the valid files and lists the skipped ones with ARCHIVE_SKIP_INVALID=1', async () => {
    const run = await build({ ARCHIVE_SKIP_INVALID: '1' });
    expect(run.status).toBe(0);
    const output = run.output;
    expect(output).toContain('Skipped 7 invalid file(s):');
    expect(existsSync(join(out, '2025/01/02/index.html'))).toBe(true);
    // npm run build reports progress per phase, and no line per page.
    expect(output).toMatch(/^\[archive\] load {3}8\/8 articles \(100%\)/mu);
    // Of the eight files, one is an article: the render counts its one page.
    expect(output).toMatch(/^\[archive\] render 1\/1 article pages \(100%\)/mu);
    // Every page is counted by its group: as many of each as were written.
    const done =
      /^\[archive\] done {3}\d+ pages: (\d+) article, (\d+) entity, (\d+) story, (\d+) date, \d+ other/mu.exec(
        output,
      );
    const written = { article: 0, entity: 0, story: 0, date: 0, other: 0 };
    for (const file of htmlFiles(new URL(`file://${out}/`))) written[pageGroup(sitePath(file))]++;
    expect(done?.slice(1).map(Number)).toEqual([
      written.article,
      written.entity,
      written.story,
      written.date,
    ]);
    expect(written.date).toBe(3);
    expect(output).not.toContain('index.html');
  });
});
