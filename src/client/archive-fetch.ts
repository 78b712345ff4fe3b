import type { ReadFile } from '../lib/search/archive-search/archive-files.ts';

/**
 * Fetches the archive index's files from `folder`. They are gzipped by the
 * build, and served as they are: a server that sends them with
 * `Content-Encoding: gzip` has had the browser gunzip them already, so only
 * bytes that still start with gzip's magic number are gunzipped here.
 */
export function archiveFetch(folder: URL): ReadFile {
  return async (path) => {
    const response = await fetch(new URL(path, folder));
    if (!response.ok)
      throw new Error(`could not load the search index's ${path}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
    // Not through a Blob: Chromium registers each Blob with its browser process, 2 ms a file on a first search.
    const gunzip = new DecompressionStream('gzip');
    const writer = gunzip.writable.getWriter();
    const [, , gunzipped] = await Promise.all([
      writer.write(bytes),
      writer.close(),
      new Response(gunzip.readable).arrayBuffer(),
    ]);
    return new Uint8Array(gunzipped);
  };
}
