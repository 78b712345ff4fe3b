import { ByteReader, ByteWriter } from './byte-io.ts';
import { readDocSet, writeDocSet } from './doc-set.ts';

/**
 * The filter values of the archive, hashed into buckets (`filters/<b>.pfa`):
 * a filtered search loads only the buckets of the values it names.
 */

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, of a string's UTF-8 bytes. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** The bucket of a filter value, out of `buckets`. */
export function filterBucket(name: string, value: string, buckets: number): number {
  return fnv1a32(`${name}\u0000${value}`) % buckets;
}

/** A filter value: the docs that carry it, and how many they are. */
export interface FilterEntry {
  name: string;
  value: string;
  count: number;
  docs: Uint32Array;
}

/** The bytes of a bucket, before gzip. */
export function encodeFilterBucket(entries: readonly FilterEntry[]): Uint8Array {
  const writer = new ByteWriter().uint(entries.length);
  for (const entry of entries) writeFilterEntry(writer, entry);
  return writer.finish();
}

/** Appends one value's entry to a bucket being written. */
export function writeFilterEntry(writer: ByteWriter, { name, value, docs }: FilterEntry): void {
  writer.string(name).string(value);
  writeDocSet(writer, docs);
}

/** Reads a bucket's (gunzipped) bytes. */
export function decodeFilterBucket(bytes: Uint8Array): FilterEntry[] {
  const reader = new ByteReader(bytes);
  return Array.from({ length: reader.uint() }, () => {
    const name = reader.string();
    const value = reader.string();
    const docs = readDocSet(reader);
    return { name, value, count: docs.length, docs };
  });
}
