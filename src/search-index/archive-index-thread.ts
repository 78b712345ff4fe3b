import { Worker } from 'node:worker_threads';
import type { FilterCounts } from '../lib/search/search-filters.ts';

/** What the archive index is written from (archive-index.ts, `writeArchiveIndex`). */
export interface ArchiveIndexJob {
  /** The search bundle the archive index is written into. */
  folder: string;
  /** Each shard's bundle folder, oldest first, with its pages' dates in the order Pagefind's date sort lists them. */
  shards: { folder: string; datesByRank: string[] }[];
  /** The whole-archive filter counts the search page lists before a search. */
  pane: FilterCounts;
  /** The articles' words as written, counted, for "Did you mean". */
  surfaceWords: ReadonlyMap<string, number>;
}

/**
 * Writes the archive index on a worker thread (archive-index-worker.ts),
 * so that the build's main thread goes on rendering pages meanwhile.
 * Settles once it is written; `signal` stops the worker.
 */
export function writeArchiveIndexApart(job: ArchiveIndexJob, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('the archive index was not written: the build was stopped'));
      return;
    }
    const worker = new Worker(new URL('./archive-index-worker.ts', import.meta.url), {
      workerData: job,
    });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      if (code === 0) resolve();
      else reject(new Error(`the archive index's thread stopped (exit code ${code})`));
    });
  });
}
