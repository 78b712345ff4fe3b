import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleCache, type ChunkCodec } from '../../../src/build/article-cache.ts';

interface Entry {
  headline: string;
  words: string[][];
}

/**
 * A file whose digest begins with `head`: a chunk ends after a digest that is
 * a multiple of 1,024 as a number ("00000400"), and not after "00000401".
 */
const source = (file: string, head: string) => ({ file, digest: head.padEnd(64, 'a') });
const entry = (headline: string): Entry => ({
  headline,
  words: [['harbour', 'board'], [headline.toLowerCase()]],
});

// Two chunks: the first ends after the tannery, the second holds the last two.
const TANNERY = source('0001.txt', '00000400');
const FERRY = source('0002.txt', '00000401');
const MILL = source('0003.txt', '00000402');

describe('ArticleCache', () => {
  let folder: string;
  const chunkFiles = () => readdirSync(folder).filter((name) => name !== 'manifest.json');

  /** A build that reads the files given, in order, through the cache, parsing what it does not find. */
  function build(
    files: { file: string; digest: string }[],
    headlines: string[],
    codec?: ChunkCodec<Entry>,
  ) {
    const cache = new ArticleCache<Entry>(folder, codec);
    const found = files.map((file, index) => {
      const known = cache.get(file);
      cache.keep(file, known ?? entry(headlines[index]!));
      return known;
    });
    cache.save();
    return { found, reused: cache.reused };
  }

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'article-cache-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the next build each entry kept, by the file and its bytes', () => {
    expect(build([TANNERY, FERRY], ['Tannery', 'Ferry'])).toEqual({
      found: [undefined, undefined],
      reused: 0,
    });
    expect(build([TANNERY, FERRY], ['unused', 'unused'])).toEqual({
      found: [entry('Tannery'), entry('Ferry')],
      reused: 2,
    });
    // The same bytes under another name, and another version of a file, are not known.
    const renamed = source('0009.txt', '00000400');
    const edited = source('0002.txt', '00000403');
    expect(build([renamed, edited], ['Tannery', 'Ferry moved'])).toEqual({
      found: [undefined, undefined],
      reused: 0,
    });
  });

  it('writes again only the chunk whose files changed, and removes the chunks no file needs', () => {
    build([TANNERY, FERRY, MILL], ['Tannery', 'Ferry', 'Mill']);
    const before = new Map(chunkFiles().map((name) => [name, statSync(join(folder, name)).ino]));
    expect(before.size).toBe(2);
    const editedMill = source('0003.txt', '00000404');
    build([TANNERY, FERRY, editedMill], ['', '', 'Mill closed']);
    const after = chunkFiles();
    expect(after).toHaveLength(2);
    const kept = after.filter((name) => before.get(name) === statSync(join(folder, name)).ino);
    expect(kept).toHaveLength(1);
    expect(build([TANNERY, FERRY, editedMill], ['', '', '']).found).toEqual([
      entry('Tannery'),
      entry('Ferry'),
      entry('Mill closed'),
    ]);
  });

  it('does not use a chunk cut short or damaged, and writes it whole again', () => {
    build([TANNERY, FERRY], ['Tannery', 'Ferry']);
    const [chunk] = chunkFiles();
    const path = join(folder, chunk!);
    const bytes = readFileSync(path);
    bytes[bytes.length - 3]! ^= 0xff;
    writeFileSync(path, bytes);
    expect(build([TANNERY, FERRY], ['Tannery again', 'Ferry']).found).toEqual([
      undefined,
      entry('Ferry'),
    ]);
    expect(build([TANNERY, FERRY], ['', '']).found).toEqual([
      entry('Tannery again'),
      entry('Ferry'),
    ]);
    truncateSync(path, 20);
    expect(build([TANNERY, FERRY], ['Tannery', 'Ferry']).found[0]).toBeUndefined();
  });

  it('reads nothing from a list of another format, and removes a chunk a stopped build left unfinished', () => {
    build([TANNERY], ['Tannery']);
    writeFileSync(join(folder, '.unfinished-abc'), 'half a chunk');
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as object;
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ ...manifest, format: 1 }));
    expect(build([TANNERY], ['Tannery']).found).toEqual([undefined]);
    expect(readdirSync(folder)).not.toContain('.unfinished-abc');
  });

  it('writes each chunk through the codec it is given, and reads it back through it', () => {
    // Headlines apart from the words, as a codec might keep them.
    const apart: ChunkCodec<Entry> = {
      pack: (entries) => ({
        headlines: entries.map((e) => e.headline),
        words: entries.map((e) => e.words),
      }),
      unpack: (payload) => {
        const { headlines, words } = payload as { headlines: string[]; words: string[][][] };
        return headlines.map((headline, index) => ({ headline, words: words[index]! }));
      },
    };
    build([TANNERY, FERRY], ['Tannery', 'Ferry'], apart);
    expect(build([TANNERY, FERRY], ['', ''], apart).found).toEqual([
      entry('Tannery'),
      entry('Ferry'),
    ]);
    // Read as they are, the chunks are not lists of entries: not used, and their files read again.
    expect(build([TANNERY, FERRY], ['Tannery', 'Ferry']).found).toEqual([undefined, undefined]);
  });
});
