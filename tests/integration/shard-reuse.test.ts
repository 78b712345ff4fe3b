import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocument } from '../../src/lib/search/search-document.ts';
import { SearchIndexer } from '../../src/search-index/indexer.ts';
import { WORDS_FILE } from '../../src/search-index/shard-words.ts';
import { readyDocument, scratch, tree } from './run.ts';

interface Story {
  date: string;
  text: string;
}

const STORIES: readonly Story[] = [
  { date: '1986-03-03', text: 'Harrow Mills said it would close its Dunmore spinning plant.' },
  { date: '1986-03-04', text: 'Dock workers at Port Ellery voted to end a nine-day strike.' },
  { date: '1986-03-04', text: 'The Calder Valley council approved a new bridge toll.' },
  { date: '1986-03-07', text: 'Grain prices rose after frost damaged the northern harvest.' },
  { date: '1986-03-09', text: 'Minister Alda Verhoeven opened talks on fishing quotas.' },
  { date: '1986-03-12', text: 'Brenner Freight posted a first-quarter loss on lower tonnage.' },
  { date: '1986-03-15', text: 'A court in Ostwick fined Harrow Mills over river pollution.' },
];

const NEWS: readonly Story[] = [
  { date: '1986-03-16', text: 'Port Ellery reopened its grain terminal after repairs.' },
  { date: '1986-03-17', text: 'Alda Verhoeven said the quota talks would resume in April.' },
];

const document = ({ date, text }: Story, position: number) =>
  searchDocument(
    { date, headline: text, blocks: [{ kind: 'paragraph', text, line: 1 }] },
    `/${date.replaceAll('-', '/')}/story-${position}/`,
  );

/** The bundle's files an entry lists on its first line (src/search-index/shard-cache.ts). */
const storedPaths = (entry: string): string[] =>
  (JSON.parse(readFileSync(entry, 'utf8').split('\n', 1)[0]!) as { path: string }[]).map(
    ({ path }) => path,
  );

/** Names in `cache` that are the digests of entries. */
const entries = (cache: string) =>
  readdirSync(cache).filter((name) => /^[0-9a-f]{64}$/u.test(name));

describe('SearchIndexer with a shard cache', () => {
  const { dir, remove } = scratch('shard-reuse-');
  afterAll(remove);
  let runs = 0;

  /** How many search documents the last `index` made. */
  let made = 0;

  /** Indexes `stories` in shards of 3, with `cache` if given; returns the bundle's files and how many shards were reused. */
  async function index(stories: readonly Story[], cache?: string) {
    made = 0;
    const run = runs++;
    const indexer = new SearchIndexer(join(dir, `work-${run}`), {
      shardSize: 3,
      shardCache: cache,
    });
    indexer.plan(stories.map(({ date }) => date));
    for (const [position, story] of stories.entries())
      await indexer.add(position, {
        ...readyDocument(document(story, position)),
        html: () => (made++, document(story, position)),
      });
    indexer.seal();
    const out = join(dir, `pagefind-${run}`);
    const { shards, reused } = await indexer.finish(out);
    return { files: tree(out), shards, reused };
  }

  /** The bundle of STORIES indexed without a cache. */
  let cold: Awaited<ReturnType<typeof index>>;
  beforeAll(async () => {
    cold = await index(STORIES);
  });

  it('reuses the bundle of every shard whose documents are unchanged, and indexes only the others, into the very bytes a build without cache makes', async () => {
    const cache = join(dir, 'cache');
    expect(cold.shards).toBe(3);

    const first = await index(STORIES, cache);
    expect(first).toEqual({ ...cold, reused: 0 });
    const stored = entries(cache);
    expect(stored).toHaveLength(3);
    // Each entry keeps its shard's counted words, so a reused shard's are not counted again.
    for (const digest of stored) expect(storedPaths(join(cache, digest))).toContain(WORDS_FILE);

    expect(await index(STORIES, cache)).toEqual({ ...cold, reused: 3 });
    // A reused shard is known by its documents' keys: none of them is made.
    expect(made).toBe(0);

    // Two articles dated after the newest: only the newest shard is indexed again.
    const appended = [...STORIES, ...NEWS];
    const afterAppend = await index(appended, cache);
    // Only the newest shard's documents, the last one and the two new ones, are made.
    expect(made).toBe(3);
    expect(afterAppend).toEqual({ ...(await index(appended)), reused: 2 });
    const appendedEntries = entries(cache);
    expect(appendedEntries).toHaveLength(3);
    // The oldest two shards' entries are kept, the old newest shard's is pruned.
    expect(stored.filter((digest) => appendedEntries.includes(digest))).toHaveLength(2);

    // An edit of an article in the middle shard, its date unchanged: only that shard is indexed again.
    const edited = appended.map((story, position) =>
      position === 4
        ? { ...story, text: 'Minister Alda Verhoeven walked out of the talks.' }
        : story,
    );
    expect(await index(edited, cache)).toEqual({ ...(await index(edited)), reused: 2 });
    expect(entries(cache).filter((digest) => appendedEntries.includes(digest))).toHaveLength(2);
  });

  it('never uses an entry cut short or left half-written, and prunes what no shard used without touching other files in the folder', async () => {
    const cache = join(dir, 'damaged-cache');
    await index(STORIES, cache);
    const [truncated, unfinished] = entries(cache);
    // An entry cut to half its length, as a crash after it was renamed into place could leave it.
    const entry = join(cache, truncated!);
    const size = statSync(entry).size;
    truncateSync(entry, Math.floor(size / 2));
    // A whole entry under the name one has while it is written.
    renameSync(join(cache, unfinished!), join(cache, `.unfinished-${unfinished!}-1-cafe`));
    // An entry of a shard that no longer exists, and a file that is not the cache's.
    mkdirSync(join(cache, 'f'.repeat(64)));
    writeFileSync(join(cache, 'notes.txt'), 'kept by the archivist');

    expect(await index(STORIES, cache)).toEqual({ ...cold, reused: 1 });
    // The damaged and the unfinished shards were indexed again and stored whole.
    expect(statSync(entry).size).toBe(size);
    const names = readdirSync(cache);
    expect(names).toContain('notes.txt');
    expect(names.filter((name) => name.startsWith('.unfinished-'))).toEqual([]);
    expect(entries(cache)).toHaveLength(3);
    expect(entries(cache)).toEqual(expect.arrayContaining([truncated, unfinished]));
    expect(await index(STORIES, cache)).toEqual({ ...cold, reused: 3 });
  });
});
