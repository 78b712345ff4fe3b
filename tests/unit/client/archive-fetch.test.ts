import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { archiveFetch } from '../../../src/client/archive-fetch.ts';

const served = new Map<string, Uint8Array<ArrayBuffer>>();

afterEach(() => {
  vi.unstubAllGlobals();
  served.clear();
});

function serve(): void {
  vi.stubGlobal('fetch', (url: URL) => {
    const body = served.get(url.pathname);
    return Promise.resolve(body ? new Response(body) : new Response('missing', { status: 404 }));
  });
}

describe('archiveFetch', () => {
  it('gunzips a file stored gzipped and takes one the server unzipped as it is', async () => {
    const text = 'geneva talks '.repeat(500);
    served.set('/pagefind/archive/a.pfa', new Uint8Array(gzipSync(text)));
    served.set('/pagefind/archive/b.pfa', new TextEncoder().encode(text));
    serve();
    const read = archiveFetch(new URL('https://archive.example/pagefind/'));
    const decode = async (path: string) => new TextDecoder().decode(await read(path));
    expect(await decode('archive/a.pfa')).toBe(text);
    expect(await decode('archive/b.pfa')).toBe(text);
  });

  it('rejects a damaged gzip file and a failed request, naming the file', async () => {
    served.set(
      '/pagefind/archive/cut.pfa',
      new Uint8Array(gzipSync('geneva talks '.repeat(500)).subarray(0, 40)),
    );
    serve();
    const read = archiveFetch(new URL('https://archive.example/pagefind/'));
    await expect(read('archive/cut.pfa')).rejects.toThrow();
    await expect(read('archive/gone.pfa')).rejects.toThrow(/archive\/gone\.pfa: HTTP 404/u);
  });
});
