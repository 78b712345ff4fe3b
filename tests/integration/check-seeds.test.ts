import { describe, expect, it } from 'vitest';
import { checkSeeds, ROOT as root } from './run.ts';

describe('npm run check-seeds', () => {
  it.each([
    {
      what: 'lists every invalid file with its line, what was expected and what was found, and fails',
      dir: 'tests/fixtures/invalid',
      status: 1,
      lines: [
        `${root}tests/fixtures/invalid: 1 valid article(s), 7 invalid, 0 other file(s) ignored, 0 hidden file(s) and folder(s) ignored`,
        'Invalid: empty-body.txt:4: expected article text after "date 2025-01-01", found no text',
        'Invalid: empty.txt:1: expected a first line "date YYYY-MM-DD" followed by the article, found an empty file',
        'Invalid: impossible-date.txt:1: expected a real calendar date, found 2025-02-30, a month of 28 days',
        'Invalid: latin1.txt:1: expected UTF-8 text, found bytes that are not UTF-8 at byte 20 (e9 20 61 75)',
        'Invalid: no-header.txt:1: expected a first line starting with "date YYYY-MM-DD", found "Just some notes without a date header."',
        'Invalid: no-words.txt:3: expected article text with at least one word after "date 2025-01-03", found no word, only "* * *"',
        'Invalid: slashed-date.txt:1: expected a date as YYYY-MM-DD after "date", found "22/11/2025"',
      ],
    },
    {
      what: 'passes messy but valid files, naming ignored files and byte-identical duplicates',
      dir: 'tests/fixtures/hostile',
      status: 0,
      lines: [
        `${root}tests/fixtures/hostile: 16 valid article(s), 0 invalid, 1 other file(s) ignored, 0 hidden file(s) and folder(s) ignored`,
        `Ignored 1 file(s) in ${root}tests/fixtures/hostile that are not .txt articles: readme.md`,
        'same-lead-copy.txt is byte-identical to same-lead-a.txt; both are published.',
      ],
    },
  ])('$what', ({ dir, status, lines }) => {
    const run = checkSeeds(dir);
    expect({ status: run.status, lines: run.lines }).toEqual({ status, lines });
  });
});
