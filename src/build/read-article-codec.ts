import {
  packSentences,
  unpackSentences,
  type PackedSentences,
} from '../lib/related/packed-sentences.ts';
import type { ReadArticle } from '../lib/story/story-index.ts';
import type { ChunkCodec } from './article-cache.ts';

/** A chunk of read articles as the cache writes it: their sentences' terms apart, in one vocabulary. */
interface PackedChunk {
  articles: ReadArticle[];
  sentences: PackedSentences;
}

/**
 * How the article cache writes a chunk of read articles. The terms of their
 * sentences are most of the strings a chunk holds, each word written many
 * times: packed into one vocabulary, a chunk is read back in less than half
 * the time and its words are looked up faster (docs/performance.md).
 */
export const readArticleCodec: ChunkCodec<ReadArticle> = {
  pack(articles: readonly ReadArticle[]): PackedChunk {
    return {
      articles: articles.map((read) => ({
        ...read,
        analysis: {
          ...read.analysis,
          related: { ...read.analysis.related, sentences: [] },
        },
      })),
      sentences: packSentences(articles.map((read) => read.analysis.related.sentences)),
    };
  },
  unpack(payload: unknown): ReadArticle[] {
    const { articles, sentences } = payload as PackedChunk;
    const unpacked = unpackSentences(sentences);
    if (unpacked.length !== articles.length) throw new Error('not as many sentences as articles');
    for (const [index, read] of articles.entries())
      read.analysis.related.sentences = unpacked[index]!;
    return articles;
  },
};
