import {
  decodeFilterBucket,
  filterBucket,
  type FilterEntry,
} from '../archive-index/filter-bucket.ts';
import {
  ARCHIVE_FOLDER,
  DAYS_FILE,
  META_FILE,
  filterBucketFile,
  fragmentFile,
  paneGroupFile,
  suggestChunkFile,
  termChunkFile,
  wordTierFile,
  type ArchiveMeta,
  type DayTable,
} from '../archive-index/layout.ts';
import { decodeWordTier, type Postings, type WordTier } from '../archive-index/postings.ts';
import {
  chunksFor,
  decodeTermChunk,
  extensionsIn,
  longestPrefixIn,
  prefixChunks,
  type TermEntry,
} from '../archive-index/term-chunk.ts';
import { decodeFragment, type PagefindFragment } from '../pagefind-format.ts';
import {
  decodeSuggestChunk,
  type SuggestChunkKey,
  type SuggestWord,
} from '../archive-index/suggest-chunk.ts';

/** Reads a file of the search bundle, by its path in the bundle, gunzipped. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

const text = new TextDecoder();
/** Where in the bundle the archive index's file `path` is. */
const indexPath = (path: string) => `${ARCHIVE_FOLDER}/${path}`;
const json = <T>(bytes: Uint8Array) => JSON.parse(text.decode(bytes)) as T;

/**
 * The archive index's files as a search needs them, each fetched once and
 * only when a query needs it: the metadata, the term chunks its words fall
 * in, a frequent word's tiers, the filter buckets of the values asked for,
 * the listed values of the filters a page counts,
 * the day table of a date range, the fragments of the results shown, and the
 * "Did you mean" chunks of a query's words when the page asks for them.
 */
export class ArchiveFiles {
  readonly #read: ReadFile;
  readonly #cache = new Map<string, Promise<unknown>>();
  /** The files of the cache that have arrived. */
  readonly #loaded = new Set<string>();

  constructor(read: ReadFile) {
    this.#read = read;
  }

  meta(): Promise<ArchiveMeta> {
    return this.#index(META_FILE, json<ArchiveMeta>);
  }

  days(): Promise<DayTable> {
    return this.#index(DAYS_FILE, json<DayTable>);
  }

  /**
   * The index words a query term matches, as Pagefind matches them: every
   * word it begins, or else the longest word that begins it.
   */
  async words(term: string): Promise<TermEntry[]> {
    const { chunks } = await this.meta();
    const found = (
      await Promise.all(chunksFor(term, chunks).map((chunk) => this.#chunk(chunk)))
    ).flatMap((entries) => extensionsIn(entries, term));
    if (found.length > 0) return found;
    for (const chunk of prefixChunks(term, chunks)) {
      const prefix = longestPrefixIn(await this.#chunk(chunk), term);
      if (prefix) return [prefix];
    }
    return [];
  }

  /** Every doc holding the word. */
  async members(entry: TermEntry): Promise<Uint32Array> {
    if ('postings' in entry) return entry.postings.docs;
    return (await this.#tier(entry.file, 0)).membership!;
  }

  /** The word's postings in tier `tier` (0 is the best). */
  async tier(entry: TermEntry, tier: number): Promise<Postings> {
    if ('postings' in entry) return entry.postings;
    return (await this.#tier(entry.file, tier)).postings;
  }

  /** Whether the word's tier `tier` is loaded already: a search takes it without waiting. */
  hasTier(entry: TermEntry, tier: number): boolean {
    return 'postings' in entry || this.#loaded.has(indexPath(wordTierFile(entry.file, tier)));
  }

  /** The docs of one filter value. */
  async filterValue(name: string, value: string): Promise<Uint32Array> {
    const { filterBuckets } = await this.meta();
    const bucket = await this.#index(
      filterBucketFile(filterBucket(name, value, filterBuckets)),
      decodeFilterBucket,
    );
    return (
      bucket.find((entry) => entry.name === name && entry.value === value)?.docs ??
      new Uint32Array()
    );
  }

  /** The docs of each value the pane lists for filter `name`; none if the pane lists none. */
  async paneGroup(name: string): Promise<FilterEntry[]> {
    const group = (await this.meta()).paneGroups.indexOf(name);
    return group === -1 ? [] : this.#index(paneGroupFile(group), decodeFilterBucket);
  }

  /** The archive's words of one "Did you mean" chunk; none if the archive has no such chunk. */
  async suggestChunk({ prefix, length }: SuggestChunkKey): Promise<SuggestWord[]> {
    const { suggest } = await this.meta();
    const index = suggest.findIndex(([known]) => known === prefix);
    if (index === -1 || (suggest[index]![1] & (1 << length)) === 0) return [];
    return this.#index(suggestChunkFile(index, length), decodeSuggestChunk);
  }

  fragment(doc: number): Promise<PagefindFragment> {
    return this.#once(fragmentFile(doc), decodeFragment);
  }

  #chunk(chunk: number): Promise<TermEntry[]> {
    return this.#index(termChunkFile(chunk), decodeTermChunk);
  }

  #tier(file: number, tier: number): Promise<WordTier> {
    return this.#index(wordTierFile(file, tier), decodeWordTier);
  }

  #index<T>(path: string, decode: (bytes: Uint8Array) => T): Promise<T> {
    return this.#once(indexPath(path), decode);
  }

  #once<T>(path: string, decode: (bytes: Uint8Array) => T): Promise<T> {
    let file = this.#cache.get(path) as Promise<T> | undefined;
    if (!file) {
      file = this.#read(path).then((bytes) => {
        const decoded = decode(bytes);
        this.#loaded.add(path);
        return decoded;
      });
      // A failed fetch is tried again by the next search, not remembered.
      file.catch(() => this.#cache.delete(path));
      this.#cache.set(path, file);
    }
    return file;
  }
}
