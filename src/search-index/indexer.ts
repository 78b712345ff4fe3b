import { mkdirSync, rmSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../build/output-folder.ts';
import { SurfaceWords } from '../lib/search/archive-index/suggest-chunk.ts';
import { searchDocumentText } from '../lib/search/search-document.ts';
import type { FilterCounts } from '../lib/search/search-filters.ts';
import { writeArchiveIndex, type DecodedShard } from './archive-index.ts';
import { readShard } from './read-shard.ts';
import { completeBundle, indexFolder, type PagefindRun } from './pagefind.ts';
import { planShards, shardPath } from './shard-plan.ts';

/** Search documents written at once: enough to keep Node's thread pool busy. */
const WRITE_LANES = 8;

/**
 * Builds the search index alongside the rest of the build, in chronological
 * shards (shard-plan.ts). `npm run build` makes one and hands it to the
 * loader (src/build/build-run.ts). Once it has read the archive, the loader
 * announces the articles' dates (`plan`), then hands over each article's
 * search document, oldest first (src/lib/search/search-document.ts). As soon
 * as a shard's articles are all in, Pagefind's CLI, a separate process,
 * indexes it, one shard at a time, while Astro renders the pages on the other
 * core. `finish` moves the shards into place with the manifest, one copy of
 * Pagefind's UI and the sharded engine the UI loads (pagefind.ts).
 *
 * The CLI rather than Pagefind's Node API: it is the faster of the two on the
 * same archive (docs/performance.md).
 */
export class SearchIndexer {
  readonly #work: string;
  readonly #shardSize: number;
  readonly #keepDocuments: string | undefined;
  /** Per position in the plan: its date and its shard. */
  #dates: readonly string[] = [];
  #shardOf: number[] = [];
  #shards: number[][] = [];
  #unsettled: number[] = [];
  #running: Promise<void> = Promise.resolve();
  /** Writes in flight, each lane one after another: unbounded, a large archive's writes would open more files than a process may. */
  readonly #lanes: Promise<void>[] = Array.from({ length: WRITE_LANES }, () => Promise.resolve());
  #pagefind: PagefindRun | undefined;
  #aborted = false;
  readonly #started = performance.now();
  #indexed: Promise<{ folder: string; count: number; shards: number; ms: number }> | undefined;
  /** The articles' words as written, counted as they are handed over, for "Did you mean". */
  readonly #surfaceWords = new SurfaceWords();

  /**
   * `work` is emptied and used for the search documents and the index; it is
   * beside the output, so the index moves there by a rename. `keepDocuments`,
   * if given, is a folder the build may replace (ARCHIVE_SEARCH_DOCUMENTS):
   * the search documents are copied there, one folder a shard, so another
   * index of the very same pages can be built and compared with this one.
   */
  constructor(work: string, shardSize: number, keepDocuments?: string) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    this.#work = work;
    this.#shardSize = shardSize;
    this.#keepDocuments = keepDocuments;
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
    for (const [shard, members] of this.#shards.entries()) {
      for (const member of members) this.#shardOf[member] = shard;
      mkdirSync(this.#site(shard), { recursive: true });
    }
    this.#unsettled = this.#shards.map((members) => members.length);
  }

  /**
   * Writes the search document of the article at `position` in the plan. The
   * write is left to Node's thread pool, so the loader goes on meanwhile; a
   * shard is indexed once its last document is on disk. The promise settles
   * when the document's lane has room: a caller that awaits it holds at most
   * two documents a lane in memory, not the whole archive's, and yields to the
   * writes and to the indexing of shards already complete.
   */
  async add(position: number, document: string): Promise<void> {
    const lane = position % WRITE_LANES;
    const room = this.#lanes[lane]!;
    // Counted here, while Pagefind indexes earlier shards on the other core, rather than from the fragments once it is done.
    this.#surfaceWords.add(searchDocumentText(document));
    const written = room.then(() =>
      writeFile(join(this.#site(this.#shardOf[position]!), `${position}.html`), document),
    );
    this.#lanes[lane] = written;
    void written.then(
      () => this.#settle(position),
      () => this.abort(),
    );
    // A failed write is reported by seal() and finish(), not to the caller that merely waited for room.
    await room.catch(() => undefined);
  }

  /** Stops indexing, and the Pagefind run under way if there is one. */
  abort(): void {
    this.#aborted = true;
    this.#pagefind?.stop();
  }

  /**
   * Once every article has been added: the index is complete when the last
   * shard is and the archive index over all of them is written
   * (archive-index.ts). `filters` are the whole-archive counts the search page
   * lists before a search, besides the years and months the index counts.
   */
  seal(filters: FilterCounts = {}): void {
    this.#indexed ??= (async () => {
      // A failed write has aborted indexing; this reports it.
      await Promise.all(this.#lanes);
      await this.#running;
      const folder = join(this.#work, 'pagefind');
      // Pagefind made the folder, unless the archive has no article and so no shard.
      await mkdir(folder, { recursive: true });
      const shardFolders = this.#shards.map((_, index) => join(folder, shardPath(index)));
      await writeArchiveIndex(
        folder,
        shardFolders,
        (shard) => this.#decodedShard(shard, this.#shards[shardFolders.indexOf(shard)]!),
        filters,
        this.#surfaceWords,
      );
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

  /**
   * A shard's index as the archive index takes it. Pagefind's date sort orders
   * the shard's pages, and the plan knows their dates in that order.
   */
  async #decodedShard(folder: string, members: readonly number[]): Promise<DecodedShard> {
    const { meta, words, filters, fragments } = await readShard(folder);
    const byDate = meta.sorts['date'] ?? [];
    const dates: string[] = [];
    for (const [rank, page] of byDate.entries()) dates[page] = this.#dates[members[rank]!]!;
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

  #site(shard: number): string {
    return join(this.#work, 'shards', String(shard));
  }

  #settle(position: number): void {
    const shard = this.#shardOf[position]!;
    if (--this.#unsettled[shard]! > 0) return;
    // One shard at a time: Astro's render uses the other core, and each
    // shard's memory is freed before the next starts.
    this.#running = this.#running.then(async () => {
      if (this.#aborted) return;
      this.#pagefind = await indexFolder(
        this.#site(shard),
        join(this.#work, 'pagefind', shardPath(shard)),
      );
      await this.#pagefind.done;
    });
  }

  async #keep(target: string): Promise<void> {
    const documents = join(this.#work, 'shards');
    // An archive with no article has no shard, and keeps an empty folder.
    await mkdir(documents, { recursive: true });
    await rm(target, { recursive: true, force: true });
    await cp(documents, target, { recursive: true });
    await writeFile(join(target, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  }

  /** Waits for the index and moves it to `outputPath`; always removes the work folder. */
  async finish(outputPath: string): Promise<{ count: number; shards: number; ms: number }> {
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
      return { count, shards, ms };
    } finally {
      await rm(this.#work, { recursive: true, force: true });
    }
  }
}
