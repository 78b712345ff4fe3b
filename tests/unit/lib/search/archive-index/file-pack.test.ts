import { describe, expect, it } from 'vitest';
import { packFiles, unpackFiles } from '../../../../../src/lib/search/archive-index/file-pack.ts';

describe('packFiles', () => {
  it('gives back every file by its path, empty and non-ASCII ones included', () => {
    const files = new Map([
      ['archive/meta.pfa', new TextEncoder().encode('{"docs":3}')],
      ['archive/words/0-1.pfa', new Uint8Array(300).map((_, i) => i % 256)],
      ['archive/fragment/Zürich.pf_fragment', new Uint8Array()],
    ]);
    expect(unpackFiles(packFiles(files))).toEqual(files);
  });

  it('refuses a pack with bytes after its last file', () => {
    const pack = packFiles(new Map([['a', new Uint8Array([1, 2])]]));
    expect(() => unpackFiles(new Uint8Array([...pack, 0]))).toThrow(/after its last file/u);
  });
});
