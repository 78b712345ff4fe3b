import { mkdirSync, rmSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../build/output-folder.ts';
import { SurfaceWords } from '../lib/search/archive-index/suggest-chunk.ts';
import type { PendingDocument } from '../lib/search/search-document.ts';
import type { FilterCounts } from '../lib/search/search-filters.ts';
import { writeArchiveIndexApart } from './archive-index-thread.ts';
import { writeFiles } from './batched-files.ts';
import { completeBundle, indexFolder, pagefindSettings, type PagefindRun } from './pagefind.ts';
import { ShardCache, shardDigest } from './shard-cache.ts';
import {
  countShardWords,
  readShardWords,
  serializeShardWords,
  writeShardWords,
} from './shard-words.ts';
import { planShards, shardPath } from './shard-plan.ts';
import { writeWarmUpIndex } from './warm-up-index.ts';

/** What `SearchIndexer` is given besides its work folder. */
export interface SearchIndexerOptions {
  /** Articles per shard (ARCHIVE_SEARCH_SHARD_SIZE). */
  shardSize: number;
  /**
   * A folder the build may replace (ARCHIVE_SEARCH_DOCUMENTS): the search
   * documents are copied there, one folder a shard, so another index of the
   * very same pages can be built and compared with this one.
   */
  keepDocuments?: string | undefined;
  /** A folder that keeps the shards' bundles between builds (shard-cache.ts); without it every shard is indexed. */
  shardCache?: string | undefined;
}

/** A search document's file name: its place in its shard, so a shard's files do not depend on the shards before it. */
const documentName = (place: number): string => `${place}.html`;

/**
 * Builds the search index alongside the rest of the build, in chronological
 * shards (shard-plan.ts). `npm run build` makes one and hands it to the
 * loader (src/build/build-run.ts). Once it has read the archive, the loader
 * announces the articles' dates (`plan`), then hands over each article's
 * search document, oldest first (src/lib/search/search-document.ts). The
 * documents of a shard are held until its last is in. Then, if the shard
 * cache has the bundle Pagefind made of the very same documents in an
 * earlier build, it is copied; otherwise the documents are written to disk
 * and Pagefind's CLI, a separate process, indexes them, one shard at a time,
 * while Astro renders the pages on the other core, and the bundle is kept in
 * the cache. `finish` moves the shards into place with the manifest, one copy
 * of Pagefind's UI and the sharded engine the UI loads (pagefind.ts).
 *
 * The CLI rather than Pagefind's Node API: it is the faster of the two on the
 * same archive (docs/performance.md).
 */
export class SearchIndexer {
  readonly #work: string;
  readonly #shardSize: number;
  readonly #keepDocuments: string | undefined;
  readonly #cache: ShardCache | undefined;
  #settings: Promise<string> | undefined;
  /** Per position in the plan: its date, its shard and its place in the shard. */
  #dates: readonly string[] = [];
  #shardOf: number[] = [];
  #placeOf: number[] = [];
  #shards: number[][] = [];
  /** Per shard: its documents by place until it is complete, and how many are still to come. */
  #documents: (PendingDocument[] | undefined)[] = [];
  #unsettled: number[] = [];
  /** Per complete shard: its documents written or its bundle copied, which seal() awaits. */
  readonly #completed: Promise<void>[] = [];
  /** Per shard, the digest of its documents, when there is a cache. */
  readonly #digests: string[] = [];
  #reused = 0;
  #running: Promise<void> = Promise.resolve();
  #pagefind: PagefindRun | undefined;
  /** Aborted by abort(): no shard is indexed after it, and the archive index's thread stops. */
  readonly #stop = new AbortController();
  readonly #started = performance.now();
  #indexed: Promise<{ folder: string; count: number; shards: number; ms: number }> | undefined;
  /** The articles' words as written, counted as they are handed over, for "Did you mean". */
  readonly #surfaceWords = new SurfaceWords();
  /** Shards' words not yet added to the archive's, and the first shard not yet added. */
  readonly #unmergedWords: (ReadonlyMap<string, number> | undefined)[] = [];
  #mergedShards = 0;

  /**
   * `work` is emptied and used for the search documents and the index; it is
   * beside the output, so the index moves there by a rename.
   */
  constructor(work: string, { shardSize, keepDocuments, shardCache }: SearchIndexerOptions) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    this.#work = work;
    this.#shardSize = shardSize;
    this.#keepDocuments = keepDocuments;
    this.#cache = shardCache === undefined ? undefined : new ShardCache(shardCache);
  }

  /**
   * Announces the articles the loader will hand over, by date, in the order it
   * will: oldest first, so each shard is complete, and indexed, while newer
   * articles are still being handed over.
   */
  plan(dates: readonly string[]): void {
    this.#dates = dates;
    this.#shards = planShards(dates, this.#shardSize);
    this.#shardOf = [];
    this.#placeOf = [];
    for (const [shard, members] of this.#shards.entries()) {
      for (const [place, member] of members.entries()) {
        this.#shardOf[member] = shard;
        this.#placeOf[member] = place;
      }
    }
    this.#documents = this.#shards.map((members) => Array<PendingDocument>(members.length));
    this.#unsettled = this.#shards.map((members) => members.length);
  }

  /**
   * Takes the search document of the article at `position` in the plan. The
   * promise settles at once, unless the document completes its shard: then
   * once the shard's documents are on disk or its bundle is copied from the
   * cache. A caller that awaits it holds at most one shard's documents in
   * memory, not the whole archive's, and yields to the indexing of shards
   * already complete.
   */
  async add(position: number, document: PendingDocument): Promise<void> {
    const shard = this.#shardOf[position]!;
    this.#documents[shard]![this.#placeOf[position]!] = document;
    if (--this.#unsettled[shard]! > 0) return;
    const completed = this.#complete(shard);
    this.#completed.push(completed);
    completed.catch(() => this.abort());
    // A failure is reported by seal() and finish(), not to the caller that merely waited for the shard.
    await completed.catch(() => undefined);
  }

  /**
   * A complete shard: its bundle copied from the cache, or its documents
   * written and queued for Pagefind. With ARCHIVE_SEARCH_DOCUMENTS the
   * documents are written either way, since they are kept.
   */
  async #complete(shard: number): Promise<void> {
    const pending = this.#documents[shard]!;
    this.#documents[shard] = undefined;
    let made: { path: string; data: string }[] | undefined;
    const documents = () =>
      (made ??= pending.map(({ html }, place) => ({ path: documentName(place), data: html() })));
    if (this.#stop.signal.aborted) return;
    const bundle = join(this.#work, 'pagefind', shardPath(shard));
    let digest: string | undefined;
    let reused = false;
    if (this.#cache) {
      digest = shardDigest(
        await (this.#settings ??= pagefindSettings()),
        pending.map(({ key }, place) => ({ path: documentName(place), data: key })),
      );
      this.#digests[shard] = digest;
      reused = await this.#cache.restore(digest, bundle);
    }
    // Counted as the shard completes, while Pagefind indexes earlier shards on the other core.
    const reusedWords = reused ? await readShardWords(bundle) : undefined;
    const words = reusedWords ?? countShardWords(documents());
    this.#mergeWords(shard, words);
    if (!reused || this.#keepDocuments) await writeFiles(this.#site(shard), documents());
    if (reused) this.#reused++;
    else this.#queue(shard, bundle, digest === undefined ? undefined : { digest, words });
  }

  /**
   * Queues a shard for Pagefind, one shard at a time: Astro's render uses the
   * other core, and each shard's memory is freed before the next starts. A
   * method of its own, so that the queued work holds the shard's words in
   * their compact serialised form and not its documents: a cold build queues
   * most shards while Pagefind is still on the first ones.
   */
  #queue(
    shard: number,
    bundle: string,
    cached: { digest: string; words: ReadonlyMap<string, number> } | undefined,
  ): void {
    const keep = cached && { digest: cached.digest, words: serializeShardWords(cached.words) };
    this.#running = this.#running.then(async () => {
      if (this.#stop.signal.aborted) return;
      this.#pagefind = await indexFolder(this.#site(shard), bundle);
      await this.#pagefind.done;
      if (!keep) return;
      await writeShardWords(bundle, keep.words);
      await this.#cache?.store(keep.digest, bundle);
    });
    // Reported by seal(); this only keeps a run stopped by abort() from being "unhandled".
    this.#running.catch(() => {});
  }

  /**
   * Adds a shard's words to the archive's once every shard before it is in:
   * in the shards' order, the order a build counting every document meets
   * them, which decides the case a word is suggested in when two tie.
   */
  #mergeWords(shard: number, words: ReadonlyMap<string, number>): void {
    this.#unmergedWords[shard] = words;
    while (this.#unmergedWords[this.#mergedShards] !== undefined) {
      this.#surfaceWords.merge(this.#unmergedWords[this.#mergedShards]!);
      this.#unmergedWords[this.#mergedShards++] = undefined;
    }
  }

  /** Stops indexing: the Pagefind run under way, if there is one, and the archive index's thread. */
  abort(): void {
    this.#stop.abort();
    this.#pagefind?.stop();
  }

  /**
   * Once every article has been added: the index is complete when the last
   * shard is and the archive index over all of them is written
   * (archive-index.ts), with the warm-up index beside it (warm-up-index.ts).
   * `filters` are the whole-archive counts the search page lists before a
   * search, besides the years and months the index counts.
   */
  seal(filters: FilterCounts = {}): void {
    this.#indexed ??= (async () => {
      // A failed write or copy has aborted indexing; this reports it.
      await Promise.all(this.#completed);
      await this.#running;
      const folder = join(this.#work, 'pagefind');
      // Pagefind made the folder, unless the archive has no article and so no shard.
      await mkdir(folder, { recursive: true });
      await writeArchiveIndexApart(
        {
          folder,
          // The plan lists each shard's articles oldest first, as Pagefind's date sort ranks its pages.
          shards: this.#shards.map((members, index) => ({
            folder: join(folder, shardPath(index)),
            datesByRank: members.map((member) => this.#dates[member]!),
          })),
          pane: filters,
          surfaceWords: this.#surfaceWords.counts,
        },
        this.#stop.signal,
      );
      await writeWarmUpIndex(folder);
      return {
        folder,
        count: this.#shards.reduce((sum, members) => sum + members.length, 0),
        shards: this.#shards.length,
        ms: performance.now() - this.#started,
      };
    })();
    // Reported by finish(); this only keeps an early failure from being "unhandled".
    this.#indexed.catch(() => {});
  }

  #site(shard: number): string {
    return join(this.#work, 'shards', String(shard));
  }

  async #keep(target: string): Promise<void> {
    const documents = join(this.#work, 'shards');
    // An archive with no article has no shard, and keeps an empty folder.
    await mkdir(documents, { recursive: true });
    await rm(target, { recursive: true, force: true });
    await cp(documents, target, { recursive: true });
    await writeFile(join(target, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  }

  /**
   * Waits for the index and moves it to `outputPath`, then removes from the
   * cache every bundle no shard of this build used; always removes the work
   * folder. Says how many shards were copied from the cache (`reused`).
   */
  async finish(
    outputPath: string,
  ): Promise<{ count: number; shards: number; reused: number; ms: number }> {
    try {
      this.seal();
      const { folder, count, shards, ms } = await this.#indexed!;
      await completeBundle(
        folder,
        this.#shards.map((_, index) => shardPath(index)),
        this.#work,
      );
      await rename(folder, outputPath);
      if (this.#keepDocuments) await this.#keep(this.#keepDocuments);
      await this.#cache?.prune(new Set(this.#digests));
      return { count, shards, reused: this.#reused, ms };
    } finally {
      await rm(this.#work, { recursive: true, force: true });
    }
  }
}
