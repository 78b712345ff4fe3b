
import { filterBucket, decodeFilterBucket } from '../archive-index/filter-bucket.ts';
import { ARCHIVE_FILES, type ArchiveMeta } from '../archive-index/meta.ts';
import type { Postings } from '../archive-index/postings.ts';
import { chunksFor, decodeTermChunk, type TermEntry } from '../archive-index/term-chunk.ts';
import { decodeWordTier } from '../archive-index/word-tier.ts';
import { decodeFragment, type PagefindFragment } from '../pagefind-format.ts';

/** Reads a file of the archive index, by its path in the index's folder, gunzipped. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

/**
 * The archive index's files as the search needs them, each fetched once and
 * only when a query needs it: the metadata, the term chunks a query's words
 * fall in, a frequent word's tiers, the filter buckets of the values asked
 * for, the day table of a date range, and result fragments.
 */
export class ArchiveFiles {
  readonly #read: ReadFile;
  readonly #cache = new Map<string, Promise<unknown>>();

  constructor(read: ReadFile) {
    this.#read = read;
  }

  meta(): Promise<ArchiveMeta> {
    return this.#once(ARCHIVE_FILES.meta, (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as ArchiveMeta);
  }

  days(): Promise<[string, number][]> {
    return this.#once(ARCHIVE_FILES.days, (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as [string, number][]);
  }

  /**
   * The index words a query stem matches, as Pagefind matches them: every
   * word it begins, or else the longest word that begins it.
   */
  async words(stem: string): Promise<TermEntry[]> {
    const meta = await this.meta();
    const chunks = await Promise.all(
      chunksFor(stem, meta.chunks).map((chunk) => this.#once(ARCHIVE_FILES.terms(chunk), decodeTermChunk)),
    );
    const entries = chunks.flat();
    const extensions = entries.filter((entry) => entry.word.startsWith(stem));
    if (extensions.length > 0) return extensions;
    const prefix = entries
      .filter((entry) => stem.startsWith(entry.word))
      .reduce<TermEntry | undefined>((longest, entry) => (longest && longest.word.length >= entry.word.length ? longest : entry), undefined);
    return prefix ? [prefix] : [];
  }

  /** Every doc holding the word. */
  async members(entry: TermEntry): Promise<Uint32Array> {
    if (entry.postings) return entry.postings.docs;
    return (await this.#wordTier(entry, 0)).members!;
  }

  /** The word's postings of tier `tier`, best tier first. */
  async tier(entry: TermEntry, tier: number): Promise<Postings> {
    if (entry.postings) return entry.postings;
    return (await this.#wordTier(entry, tier)).postings;
  }

  async filterValue(name: string, value: string): Promise<Uint32Array> {
    const meta = await this.meta();
    const bucket = await this.#once(ARCHIVE_FILES.filters(filterBucket(name, value, meta.filterBuckets)), decodeFilterBucket);
    return bucket.find((entry) => entry.name === name && entry.value === value)?.docs ?? new Uint32Array();
  }

  fragment(doc: number): Promise<PagefindFragment> {
    return this.#once(ARCHIVE_FILES.fragment(doc), decodeFragment);
  }

  #wordTier(entry: TermEntry, tier: number) {
    return this.#once(ARCHIVE_FILES.word(entry.file!, tier), decodeWordTier);
  }

  #once<T>(path: string, decode: (bytes: Uint8Array) => T): Promise<T> {
    let file = this.#cache.get(path) as Promise<T> | undefined;
    if (!file) {
      file = this.#read(path).then(decode);
      // A failed fetch is tried again by the next search, not remembered.
      file.catch(() => this.#cache.delete(path));
      this.#cache.set(path, file);
    }
    return file;
  }
}
