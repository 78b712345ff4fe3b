import { uintSize, type ByteReader, type ByteWriter } from './byte-io.ts';

/**
 * Sets of doc ids: ascending Uint32Arrays without repeats. On disk a set is a
 * run of consecutive ids, a delta list or a bitmap, whichever is smallest, so
 * a day's or a year's docs cost a few bytes and a word on half the pages one
 * bit a page.
 */

/** The layout tags, the first varint of a set. */
const Layout = { Deltas: 0, Bitmap: 1, Run: 2 } as const;

/** Writes an ascending set of doc ids in its smallest layout. */
export function writeDocSet(writer: ByteWriter, docs: Uint32Array): void {
  const count = docs.length;
  const first = docs[0] ?? 0;
  const last = docs[count - 1] ?? 0;
  if (count > 0 && last - first + 1 === count) {
    writer.uint(Layout.Run).uint(count).uint(first);
    return;
  }
  const firstByte = first >>> 3;
  const bitmapBytes = count === 0 ? 0 : (last >>> 3) - firstByte + 1;
  if (count > 0 && bitmapBytes + uintSize(firstByte) + uintSize(bitmapBytes) < deltaBytes(docs)) {
    const bitmap = new Uint8Array(bitmapBytes);
    for (const doc of docs) bitmap[(doc >>> 3) - firstByte]! |= 1 << (doc & 7);
    writer.uint(Layout.Bitmap).uint(count).uint(firstByte).uint(bitmapBytes).bytes(bitmap);
    return;
  }
  writer.uint(Layout.Deltas).uint(count);
  let previous = -1;
  for (const doc of docs) {
    writer.uint(doc - previous - 1);
    previous = doc;
  }
}

/** Reads a set written by `writeDocSet`. */
export function readDocSet(reader: ByteReader): Uint32Array {
  const layout = reader.uint();
  const docs = new Uint32Array(reader.uint());
  if (layout === Layout.Run) {
    const first = reader.uint();
    for (let i = 0; i < docs.length; i++) docs[i] = first + i;
  } else if (layout === Layout.Bitmap) {
    const base = reader.uint() * 8;
    const bitmap = reader.bytes(reader.uint());
    let n = 0;
    for (let byte = 0; byte < bitmap.length; byte++) {
      const bits = bitmap[byte]!;
      for (let bit = 0; bits >>> bit !== 0; bit++)
        if (bits & (1 << bit)) docs[n++] = base + byte * 8 + bit;
    }
    if (n !== docs.length) throw new RangeError(`bitmap holds ${n} docs, not ${docs.length}`);
  } else if (layout === Layout.Deltas) {
    let previous = -1;
    for (let i = 0; i < docs.length; i++) docs[i] = previous += reader.uint() + 1;
  } else {
    throw new RangeError(`unknown doc set layout ${layout}`);
  }
  return docs;
}

/** The ids in both sets. */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Uint32Array(small.length);
  let n = 0;
  let from = 0;
  for (const doc of small) {
    from = lowerBound(large, doc, from);
    if (from === large.length) break;
    if (large[from] === doc) out[n++] = doc;
  }
  return out.slice(0, n);
}

/** The ids in any of the sets. */
export function union(sets: readonly Uint32Array[]): Uint32Array {
  // Merging pairs, then pairs of pairs, costs the total size times log(sets).
  let level = [...sets];
  if (level.length === 0) return new Uint32Array(0);
  while (level.length > 1) {
    const next: Uint32Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? merge(level[i]!, level[i + 1]!) : level[i]!);
    }
    level = next;
  }
  return level[0]!;
}

/** The ids in `a` that are not in `b`. */
export function difference(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (const doc of a) {
    while (j < b.length && b[j]! < doc) j++;
    if (b[j] !== doc) out[n++] = doc;
  }
  return out.slice(0, n);
}

/** How many ids of the set lie in [from, toExclusive). */
export function countInRange(set: Uint32Array, from: number, toExclusive: number): number {
  if (toExclusive <= from) return 0;
  return lowerBound(set, toExclusive, 0) - lowerBound(set, from, 0);
}

/** The set of every id in [from, toExclusive). */
export function rangeOf(from: number, toExclusive: number): Uint32Array {
  const docs = new Uint32Array(Math.max(0, toExclusive - from));
  for (let i = 0; i < docs.length; i++) docs[i] = from + i;
  return docs;
}

/** The first index at or after `from` whose id is at least `doc`, found by galloping then halving. */
export function lowerBound(set: Uint32Array, doc: number, from: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < set.length && set[high]! < doc) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, set.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (set[middle]! < doc) low = middle + 1;
    else high = middle;
  }
  return low;
}

function merge(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    out[n++] = x <= y ? x : y;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.slice(0, n);
}

function deltaBytes(docs: Uint32Array): number {
  let bytes = 0;
  let previous = -1;
  for (const doc of docs) {
    bytes += uintSize(doc - previous - 1);
    previous = doc;
  }
  return bytes;
}
