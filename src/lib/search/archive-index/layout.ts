/**
 * Where the archive index's files are, relative to its folder (`archive/` in
 * the search bundle), and what its `meta.pfa` says. Every `.pfa` file is gzip.
 */

/** The archive index's folder, in the search bundle. */
export const ARCHIVE_FOLDER = 'archive';

/**
 * The warm-up index, relative to the search bundle: an archive index of
 * invented pages, its files packed in one (file-pack.ts), searched for
 * WARM_UP_QUERY as the search page opens (src/search-index/warm-up-index.ts).
 */
export const WARM_UP_FILE = `${ARCHIVE_FOLDER}/warm-up.pfa`;
/** Two words, each on enough of the warm-up index's pages to fill several tiers. */
export const WARM_UP_QUERY = 'archive search';

export const META_FILE = 'meta.pfa';
export const DAYS_FILE = 'dates.pfa';
/** Relative to the search bundle, with `{doc}` for the doc id. */
export const FRAGMENT_PATTERN = `${ARCHIVE_FOLDER}/fragment/{doc}.pf_fragment`;

/** The term chunk `chunk`, as `ArchiveMeta.chunks` numbers them. */
export const termChunkFile = (chunk: number): string => `terms/${chunk}.pfa`;
/** Tier `tier` of the frequent word whose term entry names `file`. */
export const wordTierFile = (file: number, tier: number): string => `words/${file}-${tier}.pfa`;
/** Filter bucket `bucket`. */
export const filterBucketFile = (bucket: number): string => `filters/${bucket}.pfa`;
/** The docs of every value `ArchiveMeta.filters` lists for the filter `ArchiveMeta.paneGroups[group]`. */
export const paneGroupFile = (group: number): string => `pane/${group}.pfa`;
/** The "Did you mean" chunk of the words of `length` letters whose first two are `ArchiveMeta.suggest[prefix]`'s. */
export const suggestChunkFile = (prefix: number, length: number): string =>
  `suggest/${prefix}-${length}.pfa`;
/** A doc's fragment, relative to the search bundle. */
export const fragmentFile = (doc: number): string => FRAGMENT_PATTERN.replace('{doc}', String(doc));

/** The archive index's `meta.pfa` (JSON). */
export interface ArchiveMeta {
  version: 1;
  /** Pages in the archive; doc ids are 0 to docs - 1, oldest first. */
  docs: number;
  /** Mean word count of the pages. */
  averageLength: number;
  /** Tier sizes of a word's postings; the last repeats. */
  tiers: number[];
  /** Pagefind's metadata fields: bit i of a posting's `fields` is `metaFields[i]`. */
  metaFields: string[];
  /** The first word of each term chunk. */
  chunks: string[];
  /** `[month 'YYYY-MM', first doc, docs]`, ascending and contiguous. */
  months: [string, number, number][];
  /** The day table's file: JSON `[[day 'YYYY-MM-DD', first doc], ...]`, ascending. */
  days: typeof DAYS_FILE;
  /** Filter buckets: a value lives in `filterBucketFile(filterBucket(name, value, filterBuckets))`. */
  filterBuckets: number;
  fragmentOf: typeof FRAGMENT_PATTERN;
  /**
   * The "Did you mean" chunks (suggest-chunk.ts): per first two letters,
   * sorted, a bit mask of the word lengths that have a chunk (bit n: length n).
   */
  suggest: [prefix: string, lengths: number][];
  /** Counts shown before a query: every year and month, and the pane's other values. */
  filters: Record<string, Record<string, number>>;
  /**
   * The filters other than year and month, each with a file of its listed
   * values' docs (`paneGroupFile(i)` for the i-th), so that a query's counts
   * of them cost one file per filter rather than one bucket per value.
   */
  paneGroups: string[];
}

/** The day table of `dates.pfa`. */
export type DayTable = [string, number][];
