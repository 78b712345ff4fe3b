import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isArticlePath } from '../../src/lib/urls.ts';
import { htmlErrors } from '../html-checker.ts';
import { expect, htmlFiles, sitePath, test } from './fixtures.ts';

const root = new URL('../../', import.meta.url);

/**
 * The pages checked in each build: all of them, but in the generated archive
 * every page but articles (listings, calendars, paginated days and months,
 * entity indexes and pages, search, 404) and every tenth article. Articles
 * share one template, and checking every one takes the checker half a minute
 * on two busy cores.
 */
const BUILDS: Record<string, (files: string[]) => string[]> = {
  'dist/': (files) => files,
  'dist-fixtures/hostile/': (files) => files,
  'dist-fixtures/base/': (files) => files,
  'dist-fixtures/corpus/': (files) => {
    const sampled = new Set(
      files.filter((file) => isArticlePath(sitePath(file))).filter((_, index) => index % 10 === 0),
    );
    return files.filter((file) => !isArticlePath(sitePath(file)) || sampled.has(file));
  },
};

test.describe('valid HTML, as the Nu HTML Checker reads it', () => {
  test('the pages of the seed, hostile-input and base-path archives, and of every kind in the generated one', () => {
    // One run of the checker for all four builds: each start of its JVM takes seconds.
    test.slow();
    const pages = Object.entries(BUILDS).flatMap(([build, pick]) =>
      pick(htmlFiles(new URL(build, root))).map((file) => `${build}${file}`),
    );
    const errors = htmlErrors(fileURLToPath(root), pages);
    for (const build of Object.keys(BUILDS)) {
      const checked = pages.filter((page) => page.startsWith(build)).length;
      console.log(
        `vnu: ${checked} pages of ${build}, ${errors.filter((error) => error.startsWith(build)).length} errors`,
      );
      expect(checked, build).toBeGreaterThan(0);
    }
    expect(errors, 'Nu HTML Checker errors').toEqual([]);
  });

  test('the check reports an invalid page by file, line and message, and nothing for a valid one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vnu-'));
    try {
      const page = (body: string) =>
        `<!doctype html>\n<html lang="en">\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
      writeFileSync(join(folder, 'valid.html'), page('<p id="a">one</p>'));
      writeFileSync(
        join(folder, 'invalid.html'),
        page('<p id="a">one</p><p id="a">two</p>\n<ul><p>three</p></ul>'),
      );
      expect(htmlErrors(folder, ['valid.html', 'invalid.html'])).toEqual([
        'invalid.html:5:18: Duplicate ID “a”.',
        'invalid.html:6:5: Element “p” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)',
      ]);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
