import { ByteReader, ByteWriter } from './byte-io.ts';

/**
 * Several files of the search bundle in one: their count, then each file's
 * path (a string) and bytes (varint length, then the bytes). The warm-up
 * index is one such file, so the page fetches it in one request.
 */
export function packFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const writer = new ByteWriter().uint(files.size);
  for (const [path, bytes] of files) writer.string(path).uint(bytes.length).bytes(bytes);
  return writer.finish();
}

/** The files of a pack, by path. */
export function unpackFiles(pack: Uint8Array): Map<string, Uint8Array> {
  const reader = new ByteReader(pack);
  const files = new Map<string, Uint8Array>();
  for (let count = reader.uint(); count > 0; count--) {
    const path = reader.string();
    files.set(path, reader.bytes(reader.uint()));
  }
  if (!reader.done) throw new Error('a file pack has bytes after its last file');
  return files;
}
