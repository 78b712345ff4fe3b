import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  writeArchiveIndexApart,
  type ArchiveIndexJob,
} from '../../../src/search-index/archive-index-thread.ts';

describe('writeArchiveIndexApart', () => {
  let folder = '';
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const job = (shardFolder: string): ArchiveIndexJob => ({
    folder,
    shards: [{ folder: shardFolder, datesByRank: ['1987-03-02'] }],
    pane: {},
    surfaceWords: new Map([['cocoa', 2]]),
  });

  it("fails with the thread's own error when a shard's bundle cannot be read", async () => {
    folder = await mkdtemp(join(tmpdir(), 'archive-index-thread-'));
    const shard = join(folder, 'shard-0');
    await mkdir(shard);
    await expect(writeArchiveIndexApart(job(shard))).rejects.toThrow(/pagefind-entry\.json/u);
  });

  it('starts no thread once the build is stopped', async () => {
    folder = await mkdtemp(join(tmpdir(), 'archive-index-thread-'));
    const stopped = AbortSignal.abort();
    await expect(writeArchiveIndexApart(job(join(folder, 'shard-0')), stopped)).rejects.toThrow(
      /stopped/u,
    );
  });
});
