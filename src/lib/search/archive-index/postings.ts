import { ByteReader, ByteWriter } from './byte-io.ts';
import { readDocSet, writeDocSet } from './doc-set.ts';

/**
 * Postings of one word, in doc order, as parallel arrays: the doc, the word's
 * summed location weights on it, the doc's word count (so scoring a doc needs
 * no table of every doc's length), and the metadata fields that hold the word
 * on it (bit i for `ArchiveMeta.metaFields[i]`: Pagefind adds a bonus for a
 * word in the title). On disk, column by column (doc gaps, then weights,
 * lengths and fields), which gzip compresses better than rows.
 */
export interface Postings {
  docs: Uint32Array;
  weights: Uint32Array;
  lengths: Uint32Array;
  fields: Uint8Array;
}

/** Writes postings in doc order. */
export function writePostings(
  writer: ByteWriter,
  { docs, weights, lengths, fields }: Postings,
): void {
  writer.uint(docs.length);
  let previous = -1;
  for (const doc of docs) {
    if (doc <= previous) throw new RangeError('postings must be in ascending doc order');
    writer.uint(doc - previous - 1);
    previous = doc;
  }
  for (const weight of weights) writer.uint(weight);
  for (const length of lengths) writer.uint(length);
  for (const field of fields) writer.uint(field);
}

/** Reads postings written by `writePostings`. */
export function readPostings(reader: ByteReader): Postings {
  const count = reader.uint();
  const docs = new Uint32Array(count);
  const weights = new Uint32Array(count);
  const lengths = new Uint32Array(count);
  const fields = new Uint8Array(count);
  let previous = -1;
  for (let i = 0; i < count; i++) docs[i] = previous += reader.uint() + 1;
  for (let i = 0; i < count; i++) weights[i] = reader.uint();
  for (let i = 0; i < count; i++) lengths[i] = reader.uint();
  for (let i = 0; i < count; i++) fields[i] = reader.uint();
  return { docs, weights, lengths, fields };
}

/** A tier file of a frequent word (`words/<id>-<t>.pfa`): tier 0 also holds every doc of the word. */
export interface WordTier {
  membership?: Uint32Array;
  postings: Postings;
}

/** The bytes of a tier file, before gzip. */
export function encodeWordTier({ membership, postings }: WordTier): Uint8Array {
  const writer = new ByteWriter();
  writer.uint(membership === undefined ? 0 : 1);
  if (membership !== undefined) writeDocSet(writer, membership);
  writePostings(writer, postings);
  return writer.finish();
}

/** Reads a tier file's (gunzipped) bytes. */
export function decodeWordTier(bytes: Uint8Array): WordTier {
  const reader = new ByteReader(bytes);
  const membership = reader.uint() === 1 ? readDocSet(reader) : undefined;
  const postings = readPostings(reader);
  return membership === undefined ? { postings } : { membership, postings };
}
