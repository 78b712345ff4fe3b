import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleBody } from '../../../src/site/article-body.ts';
import type { ArticleEntry } from '../../../src/site/articles.ts';

const folder = mkdtempSync(join(tmpdir(), 'article-body-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function entry(text: string | Buffer): ArticleEntry {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  return {
    id: 'x',
    collection: 'articles',
    filePath: relative(process.cwd(), file),
    data: { sourceFile: 'x.txt' },
  } as unknown as ArticleEntry;
}

describe('articleBody', () => {
  it('renders the body of the entry’s seed file, with its section headings', async () => {
    const { html, headings } = await articleBody(
      entry(' date 2025-01-01 Lead <b>.\n\nA Heading\n\nText.'),
    );
    expect(html).toBe(
      '<p dir="auto">Lead &#x3C;b>.</p>\n<h2 dir="auto" id="a-heading">A Heading</h2>\n<p dir="auto">Text.</p>',
    );
    expect(headings).toEqual([{ depth: 2, slug: 'a-heading', text: 'A Heading' }]);
  });

  it('fails, naming the file, when it is no longer a valid article', async () => {
    await expect(articleBody(entry('no header'))).rejects.toThrow(
      'x.txt:1: expected a first line starting with "date YYYY-MM-DD"',
    );
  });
});
