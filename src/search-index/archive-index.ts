/**
 * The archive index: one term-partitioned index over every shard Pagefind
 * built, in global doc ids (oldest first), under the search bundle's
 * `archive/` folder. Its file layout is in src/lib/search/archive-index/,
 * whose decoders the browser's engine reads it with.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ByteWriter } from '../lib/search/archive-index/byte-io.ts';
import {
  encodeFilterBucket,
  filterBucket,
  writeFilterEntry,
  type FilterEntry,
} from '../lib/search/archive-index/filter-bucket.ts';
import {
  ARCHIVE_FOLDER,
  DAYS_FILE,
  FRAGMENT_PATTERN,
  META_FILE,
  filterBucketFile,
  fragmentFile,
  paneGroupFile,
  suggestChunkFile,
  termChunkFile,
  wordTierFile,
  type ArchiveMeta,
  type DayTable,
} from '../lib/search/archive-index/layout.ts';
import { encodeWordTier, type Postings } from '../lib/search/archive-index/postings.ts';
import { writeTermEntry, type TermEntry } from '../lib/search/archive-index/term-chunk.ts';
import { splitTiers } from '../lib/search/archive-index/tiers.ts';
import { encodeSuggestChunk, SurfaceWords } from '../lib/search/archive-index/suggest-chunk.ts';
import { fieldWeights } from '../lib/search/archive-index/bm25.ts';
import type { FilterCounts } from '../lib/search/search-filters.ts';
import { monthOf, yearOf } from '../lib/timeline/group.ts';
import { inBatches } from './batched-files.ts';
import { Uint32List } from './uint32-list.ts';

/** A Pagefind shard as read from its files (src/search-index/read-shard.ts). */
export interface DecodedShard {
  pages: { hash: string; wordCount: number }[];
  /** Page indexes, ascending by date. */
  byDate: number[];
  /** YYYY-MM-DD per page index. */
  dates: string[];
  /** Sorted by word; `metaFields` indexes the shard's `metaFields`. */
  words: {
    word: string;
    pages: { page: number; weight: number; locations: number; metaFields: readonly number[] }[];
  }[];
  /** The names of the metadata fields (pf_meta's), which the pages of `words` number. */
  metaFields: string[];
  /** Filter name -> value -> page indexes. */
  filters: Record<string, Record<string, number[]>>;
  /** Page index -> its fragment file's path. */
  fragments: string[];
}

/** Sizes the archive index is cut to, in uncompressed bytes for chunks and buckets. */
export interface ArchiveIndexSizes {
  /** Tier sizes of a word's postings, the last repeating; a word on at most `tiers[0]` pages is inline. */
  tiers: number[];
  /** A term chunk ends once it holds this many bytes. */
  chunkBytes: number;
  /** The number of filter buckets is chosen for buckets of about this many bytes. */
  bucketBytes: number;
}

const ARCHIVE_INDEX_SIZES: Readonly<ArchiveIndexSizes> = {
  tiers: [256, 1024, 4096, 16384],
  chunkBytes: 16 * 1024,
  bucketBytes: 4 * 1024,
};

/**
 * "Did you mean" offers words written at least twice: a word written once is
 * as likely a typo of the archive's own as a word, and leaving those out
 * halves the vocabulary.
 */
const SUGGEST_MIN_COUNT = 2;

/** Bytes of a file, gzip-compressed as every `.pfa` file is. */
type Compress = (bytes: Uint8Array) => Uint8Array;

// A copy: zlib's result is a view of a larger buffer, which thousands of small files would keep alive.
const gzip: Compress = (bytes) => new Uint8Array(gzipSync(bytes));
const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/**
 * Takes shards one at a time, oldest first, into global doc ids, keeping each
 * word's postings in typed arrays rather than objects: 100,000 articles are
 * some 25 million postings.
 */
class ArchiveIndexBuilder {
  readonly #sizes: ArchiveIndexSizes;
  readonly #dates: string[] = [];
  readonly #lengths = new Uint32List();
  readonly #wordIds = new Map<string, number>();
  /** Per word, its first and last segment, 1-based (0: none). */
  readonly #head = new Uint32List();
  readonly #tail = new Uint32List();
  readonly #df = new Uint32List();
  /** Per segment (a word's postings in one shard): the shard, where they start, how many, the next segment. */
  readonly #segmentShard = new Uint32List();
  readonly #segmentStart = new Uint32List();
  readonly #segmentCount = new Uint32List();
  readonly #segmentNext = new Uint32List();
  readonly #shardDocs: Uint32Array[] = [];
  readonly #shardWeights: Uint32Array[] = [];
  readonly #shardFields: Uint8Array[] = [];
  /** Every shard's metadata fields, by the bit postings give them. */
  readonly #metaFields: string[] = [];
  readonly #filters = new Map<string, Map<string, number[]>>();
  /** The articles' readable words, for "Did you mean". */
  readonly #surfaceWords: SurfaceWords;

  constructor(sizes: ArchiveIndexSizes = ARCHIVE_INDEX_SIZES, surfaceWords = new SurfaceWords()) {
    this.#sizes = sizes;
    this.#surfaceWords = surfaceWords;
    this.#segmentNext.push(0); // segments are 1-based
    this.#segmentShard.push(0);
    this.#segmentStart.push(0);
    this.#segmentCount.push(0);
  }

  /** Adds the next shard (its pages all on or after the last shard's); returns each page's doc id. */
  add(shard: DecodedShard): Uint32Array {
    if (shard.byDate.length !== shard.pages.length) {
      throw new Error(
        `a shard sorts ${shard.byDate.length} of its ${shard.pages.length} pages by date`,
      );
    }
    const docOf = new Uint32Array(shard.pages.length);
    for (const page of shard.byDate) {
      const date = shard.dates[page]!;
      const previous = this.#dates.at(-1);
      if (previous !== undefined && date < previous) {
        throw new Error(`shards out of date order: ${date} after ${previous}`);
      }
      docOf[page] = this.#dates.length;
      this.#dates.push(date);
      this.#lengths.push(shard.pages[page]!.wordCount);
    }
    this.#addWords(shard, docOf);
    for (const [name, values] of Object.entries(shard.filters)) {
      const known = this.#filters.get(name) ?? new Map<string, number[]>();
      this.#filters.set(name, known);
      for (const [value, pages] of Object.entries(values)) {
        const docs = known.get(value) ?? [];
        known.set(value, docs);
        for (const page of pages) docs.push(docOf[page]!);
      }
    }
    return docOf;
  }

  /** The archive index's files, by path under `archive/`, gzip-compressed. */
  files(pane: FilterCounts, compress: Compress = gzip): Map<string, Uint8Array> {
    const files = new Map<string, Uint8Array>();
    const docs = this.#dates.length;
    let totalLength = 0;
    for (let doc = 0; doc < docs; doc++) totalLength += this.#lengths.get(doc);
    const averageLength = docs === 0 ? 0 : totalLength / docs;
    const chunks = this.#writeTerms(files, averageLength, compress);
    const filterEntries = this.#filterEntries();
    const filterBuckets = this.#writeFilters(files, filterEntries, compress);
    const paneGroups = this.#writePaneGroups(files, filterEntries, pane, compress);
    const suggest = this.#writeSuggest(files, compress);
    const meta: ArchiveMeta = {
      version: 1,
      docs,
      averageLength,
      tiers: this.#sizes.tiers,
      metaFields: this.#metaFields,
      chunks,
      months: this.#months(),
      days: DAYS_FILE,
      filterBuckets,
      fragmentOf: FRAGMENT_PATTERN,
      suggest,
      filters: { ...pane, year: this.#countBy(yearOf), month: this.#countBy(monthOf) },
      paneGroups,
    };
    files.set(META_FILE, compress(json(meta)));
    files.set(DAYS_FILE, compress(json(this.#days())));
    return files;
  }

  #addWords({ words, metaFields }: DecodedShard, docOf: Uint32Array): void {
    const bits = metaFields.map((field) => this.#fieldBit(field));
    let total = 0;
    for (const { pages } of words) total += pages.length;
    const shard = this.#shardDocs.length;
    const docs = new Uint32Array(total);
    const weights = new Uint32Array(total);
    const fields = new Uint8Array(total);
    this.#shardDocs.push(docs);
    this.#shardWeights.push(weights);
    this.#shardFields.push(fields);
    let at = 0;
    for (const { word, pages } of words) {
      const start = at;
      for (const { page, weight, metaFields: held } of pages) {
        docs[at] = docOf[page]!;
        weights[at] = weight;
        for (const field of held) fields[at]! |= 1 << bits[field]!;
        at++;
      }
      sortByDoc(docs.subarray(start, at), weights.subarray(start, at), fields.subarray(start, at));
      this.#link(this.#wordId(word), shard, start, pages.length);
    }
  }

  #fieldBit(field: string): number {
    let bit = this.#metaFields.indexOf(field);
    if (bit === -1) bit = this.#metaFields.push(field) - 1;
    if (bit >= 8) throw new Error(`more than 8 metadata fields: ${this.#metaFields.join(', ')}`);
    return bit;
  }

  #wordId(word: string): number {
    let id = this.#wordIds.get(word);
    if (id === undefined) {
      id = this.#head.push(0);
      this.#tail.push(0);
      this.#df.push(0);
      this.#wordIds.set(word, id);
    }
    return id;
  }

  #link(word: number, shard: number, start: number, count: number): void {
    const segment = this.#segmentShard.push(shard);
    this.#segmentStart.push(start);
    this.#segmentCount.push(count);
    this.#segmentNext.push(0);
    const tail = this.#tail.get(word);
    if (tail === 0) this.#head.set(word, segment);
    else this.#segmentNext.set(tail, segment);
    this.#tail.set(word, segment);
    this.#df.set(word, this.#df.get(word) + count);
  }

  #postings(word: number): Postings {
    const df = this.#df.get(word);
    const postings = {
      docs: new Uint32Array(df),
      weights: new Uint32Array(df),
      lengths: new Uint32Array(df),
      fields: new Uint8Array(df),
    };
    let at = 0;
    for (let segment = this.#head.get(word); segment !== 0;) {
      const shard = this.#segmentShard.get(segment);
      const start = this.#segmentStart.get(segment);
      const end = start + this.#segmentCount.get(segment);
      postings.docs.set(this.#shardDocs[shard]!.subarray(start, end), at);
      postings.weights.set(this.#shardWeights[shard]!.subarray(start, end), at);
      postings.fields.set(this.#shardFields[shard]!.subarray(start, end), at);
      at += end - start;
      segment = this.#segmentNext.get(segment);
    }
    for (let i = 0; i < df; i++) postings.lengths[i] = this.#lengths.get(postings.docs[i]!);
    return postings;
  }

  /** Writes the term chunks and frequent words' tier files; returns the chunks' first words. */
  #writeTerms(files: Map<string, Uint8Array>, averageLength: number, compress: Compress): string[] {
    const { tiers: sizes, chunkBytes } = this.#sizes;
    const chunks: string[] = [];
    let chunk = new ByteWriter();
    let previous = '';
    const flush = () => files.set(termChunkFile(chunks.length - 1), compress(chunk.finish()));
    let nextFile = 0;
    const weights = fieldWeights(this.#metaFields);
    for (const word of [...this.#wordIds.keys()].sort()) {
      const postings = this.#postings(this.#wordIds.get(word)!);
      const df = postings.docs.length;
      const tiers = splitTiers(postings, averageLength, sizes, weights);
      const impacts = tiers.map((tier) => tier.impact);
      let entry: TermEntry;
      if (df <= sizes[0]!) {
        entry = { word, df, impacts, postings };
      } else {
        const file = nextFile++;
        tiers.forEach((tier, t) => {
          const membership = t === 0 ? { membership: postings.docs } : {};
          files.set(
            wordTierFile(file, t),
            compress(encodeWordTier({ ...membership, postings: tier.postings })),
          );
        });
        entry = { word, df, impacts, file };
      }
      if (chunk.length >= chunkBytes) {
        flush();
        chunk = new ByteWriter();
        previous = '';
      }
      if (chunk.length === 0) chunks.push(word);
      writeTermEntry(chunk, entry, previous);
      previous = word;
    }
    if (chunks.length > 0) flush();
    return chunks;
  }

  /** Writes the filter buckets; returns how many there are. */
  /** Every filter value with its docs, by name and value. */
  #filterEntries(): FilterEntry[] {
    const entries: FilterEntry[] = [];
    for (const [name, values] of [...this.#filters].sort(byKey)) {
      for (const [value, list] of [...values].sort(byKey)) {
        const docs = Uint32Array.from(list).sort();
        entries.push({ name, value, count: docs.length, docs });
      }
    }
    return entries;
  }

  /** Writes the filter buckets; returns how many there are. */
  #writeFilters(
    files: Map<string, Uint8Array>,
    entries: readonly FilterEntry[],
    compress: Compress,
  ): number {
    const sizing = new ByteWriter();
    for (const entry of entries) writeFilterEntry(sizing, entry);
    const buckets = Math.max(1, Math.ceil(sizing.length / this.#sizes.bucketBytes));
    const byBucket = Array.from({ length: buckets }, (): FilterEntry[] => []);
    for (const entry of entries)
      byBucket[filterBucket(entry.name, entry.value, buckets)]!.push(entry);
    byBucket.forEach((bucket, b) =>
      files.set(filterBucketFile(b), compress(encodeFilterBucket(bucket))),
    );
    return buckets;
  }

  /** Writes, per filter of `pane`, its listed values' docs; returns the filters' names. */
  #writePaneGroups(
    files: Map<string, Uint8Array>,
    entries: readonly FilterEntry[],
    pane: FilterCounts,
    compress: Compress,
  ): string[] {
    const groups = Object.keys(pane).sort();
    groups.forEach((name, group) => {
      const listed = entries.filter(
        (entry) => entry.name === name && pane[name]![entry.value] !== undefined,
      );
      files.set(paneGroupFile(group), compress(encodeFilterBucket(listed)));
    });
    return groups;
  }

  /** Writes the "Did you mean" chunks; returns their prefixes and lengths. */
  #writeSuggest(files: Map<string, Uint8Array>, compress: Compress): ArchiveMeta['suggest'] {
    const prefixes = [...this.#surfaceWords.chunks(SUGGEST_MIN_COUNT)].sort(byKey);
    return prefixes.map(([prefix, lengths], index) => {
      let mask = 0;
      for (const [length, words] of lengths) {
        files.set(suggestChunkFile(index, length), compress(encodeSuggestChunk(words)));
        mask |= 1 << length;
      }
      return [prefix, mask];
    });
  }

  #months(): ArchiveMeta['months'] {
    const months: ArchiveMeta['months'] = [];
    this.#dates.forEach((date, doc) => {
      const last = months.at(-1);
      if (last?.[0] === monthOf(date)) last[2]++;
      else months.push([monthOf(date), doc, 1]);
    });
    return months;
  }

  #days(): DayTable {
    const days: DayTable = [];
    this.#dates.forEach((date, doc) => {
      if (days.at(-1)?.[0] !== date) days.push([date, doc]);
    });
    return days;
  }

  #countBy(period: (date: string) => string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const date of this.#dates) counts[period(date)] = (counts[period(date)] ?? 0) + 1;
    return counts;
  }
}

/** The archive index of shards given oldest first, by path under `archive/`, gzip-compressed. */
export function buildArchiveIndex(
  shards: Iterable<DecodedShard>,
  pane: FilterCounts,
  sizes: ArchiveIndexSizes = ARCHIVE_INDEX_SIZES,
): Map<string, Uint8Array> {
  const builder = new ArchiveIndexBuilder(sizes);
  for (const shard of shards) builder.add(shard);
  return builder.files(pane);
}

/**
 * Writes the archive index into the search bundle `folder` from the shard
 * folders given oldest first, read one at a time by `readShard`, and moves
 * every fragment to `archive/fragment/<doc>.pf_fragment`. `surfaceWords`
 * are the articles' words as the indexer counted them, for "Did you mean".
 */
export async function writeArchiveIndex(
  folder: string,
  shardFolders: readonly string[],
  readShard: (shardFolder: string) => Promise<DecodedShard>,
  pane: FilterCounts,
  surfaceWords = new SurfaceWords(),
): Promise<void> {
  await mkdir(join(folder, dirname(fragmentFile(0))), { recursive: true });
  const builder = new ArchiveIndexBuilder(ARCHIVE_INDEX_SIZES, surfaceWords);
  for (const shardFolder of shardFolders) {
    const shard = await readShard(shardFolder);
    const docOf = builder.add(shard);
    await inBatches(
      shard.fragments.map(
        (path, page) => () => rename(path, join(folder, fragmentFile(docOf[page]!))),
      ),
    );
  }
  const archive = join(folder, ARCHIVE_FOLDER);
  const files = builder.files(pane);
  for (const subfolder of new Set([...files.keys()].map((path) => dirname(join(archive, path))))) {
    await mkdir(subfolder, { recursive: true });
  }
  await inBatches(
    [...files].map(
      ([path, bytes]) =>
        () =>
          writeFile(join(archive, path), bytes),
    ),
  );
}

/** Sorts a shard's postings of one word by doc (Pagefind lists them by page, not by date). */
function sortByDoc(docs: Uint32Array, weights: Uint32Array, fields: Uint8Array): void {
  let sorted = true;
  for (let i = 1; i < docs.length && sorted; i++) sorted = docs[i - 1]! < docs[i]!;
  if (sorted) return;
  const order = Array.from(docs.keys()).sort((a, b) => docs[a]! - docs[b]!);
  const [byDoc, byWeight, byFields] = [docs, weights, fields].map((column) =>
    order.map((i) => column[i]!),
  );
  docs.set(byDoc!);
  weights.set(byWeight!);
  fields.set(byFields!);
}

const byKey = <T>([a]: [string, T], [b]: [string, T]): number => (a < b ? -1 : a > b ? 1 : 0);
