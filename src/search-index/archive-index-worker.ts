/**
 * The archive index written on a thread of its own (archive-index-thread.ts
 * starts it): reading every shard and writing the term directory is a long
 * synchronous stretch that would otherwise stop Astro's render, which shares
 * the build's main thread, and would hold its memory on the main thread's heap.
 */
import { workerData } from 'node:worker_threads';
import { SurfaceWords } from '../lib/search/archive-index/suggest-chunk.ts';
import { writeArchiveIndex, type DecodedShard } from './archive-index.ts';
import type { ArchiveIndexJob } from './archive-index-thread.ts';
import { readShard } from './read-shard.ts';

const { folder, shards, pane, surfaceWords } = workerData as ArchiveIndexJob;
const words = new SurfaceWords();
words.merge(surfaceWords);
const datesByRank = new Map(shards.map((shard) => [shard.folder, shard.datesByRank]));
await writeArchiveIndex(
  folder,
  shards.map((shard) => shard.folder),
  (shard) => decodedShard(shard, datesByRank.get(shard)!),
  pane,
  words,
);

/** A shard's index as the archive index takes it: Pagefind's date sort orders the shard's pages, and `datesByRank` gives their dates in that order. */
async function decodedShard(shard: string, datesByRank: readonly string[]): Promise<DecodedShard> {
  const { meta, words, filters, fragments } = await readShard(shard);
  const byDate = meta.sorts['date'] ?? [];
  const dates: string[] = [];
  for (const [rank, page] of byDate.entries()) dates[page] = datesByRank[rank]!;
  return {
    pages: meta.pages,
    byDate,
    dates,
    words,
    metaFields: meta.metaFields,
    filters,
    fragments,
  };
}
