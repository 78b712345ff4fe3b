import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { readArticleCodec } from '../../../src/build/read-article-codec.ts';
import { parseSeed } from '../../../src/lib/seed/parse-seed.ts';
import { StoryIndex } from '../../../src/lib/story/story-index.ts';
import type { ReadArticle } from '../../../src/lib/story/story-index.ts';

/** An article file as the loader reads it: parsed, then analysed. */
function read(text: string, file: string): ReadArticle {
  const parsed = parseSeed(text, file);
  if (!parsed.ok) throw new Error(file);
  return { article: parsed.article, analysis: new StoryIndex().analyse(parsed.article.blocks) };
}

describe('readArticleCodec', () => {
  it('gives back the read articles as they were, through V8’s serialiser as the cache writes them', () => {
    const articles = [
      read(
        ' date 1987-03-02 The harbour board voted to dredge the north basin.\n\nDredging starts in May, the board said.',
        'a.txt',
      ),
      read(
        ' date 1987-03-03 Dockers at the harbour walked out.\n\nThe harbour board met the union.',
        'b.txt',
      ),
    ];
    const payload: unknown = deserialize(serialize(readArticleCodec.pack(articles)));
    expect(readArticleCodec.unpack(payload)).toEqual(articles);
  });

  it('writes each term of a chunk once', () => {
    const articles = [
      read(' date 1987-03-02 Harbour harbour harbour.', 'a.txt'),
      read(' date 1987-03-03 Harbour board.', 'b.txt'),
    ];
    const packed = readArticleCodec.pack(articles) as { sentences: { vocabulary: string[] } };
    expect(packed.sentences.vocabulary).toHaveLength(2);
  });
});
