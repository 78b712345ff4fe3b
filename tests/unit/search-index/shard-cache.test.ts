import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShardCache, shardDigest } from '../../../src/search-index/shard-cache.ts';

const doc = (path: string, data: string) => ({ path, data });

describe('shardDigest', () => {
  const documents = [
    doc('0.html', '<p>Grain prices rose.</p>'),
    doc('1.html', '<p>Dock strike.</p>'),
  ];
  const base = shardDigest('pagefind 1.6.0', documents);

  it('changes with any document, its name, its place, and the settings Pagefind runs with', () => {
    expect(shardDigest('pagefind 1.6.0', documents)).toBe(base);
    const others = [
      shardDigest('pagefind 1.6.1', documents),
      shardDigest('pagefind 1.6.0', [documents[0]!, doc('1.html', '<p>Dock strike!</p>')]),
      shardDigest('pagefind 1.6.0', [documents[0]!, doc('2.html', '<p>Dock strike.</p>')]),
      shardDigest('pagefind 1.6.0', documents.toReversed()),
      shardDigest('pagefind 1.6.0', documents.slice(0, 1)),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('tells two documents from one that holds the name and bytes of the second', () => {
    expect(shardDigest('', [doc('0.html', 'ab'), doc('1.html', 'c')])).not.toBe(
      shardDigest('', [doc('0.html', 'ab1.htmlc')]),
    );
  });
});

describe('ShardCache', () => {
  let dir: string;
  const digest = 'a'.repeat(64);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shard-cache-'));
    mkdirSync(join(dir, 'bundle', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'bundle', 'pagefind-entry.json'), '{"version":"1.6.0"}');
    writeFileSync(join(dir, 'bundle', 'fragment', 'en_1.pf_fragment'), 'fragment bytes');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back every file of a bundle it stored, and nothing for a digest it has not', async () => {
    const cache = new ShardCache(join(dir, 'cache'));
    await cache.store(digest, join(dir, 'bundle'));
    expect(await cache.restore('b'.repeat(64), join(dir, 'none'))).toBe(false);
    expect(existsSync(join(dir, 'none'))).toBe(false);
    expect(await cache.restore(digest, join(dir, 'copy'))).toBe(true);
    expect(readFileSync(join(dir, 'copy', 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe(
      'fragment bytes',
    );
    expect(readFileSync(join(dir, 'copy', 'pagefind-entry.json'), 'utf8')).toBe(
      '{"version":"1.6.0"}',
    );
  });

  it('refuses, and removes, an entry whose list of files names a path outside it', async () => {
    const cache = new ShardCache(join(dir, 'cache'));
    const bytes = 'not the bundle';
    mkdirSync(join(dir, 'cache'));
    writeFileSync(
      join(dir, 'cache', digest),
      `${JSON.stringify([
        {
          path: '../../../escaped',
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        },
      ])}\n${bytes}`,
    );
    expect(await cache.restore(digest, join(dir, 'a', 'b', 'copy'))).toBe(false);
    expect(existsSync(join(dir, 'cache', digest))).toBe(false);
    expect(existsSync(join(dir, 'escaped'))).toBe(false);
  });

  it('refuses, and removes, an entry cut short', async () => {
    const cache = new ShardCache(join(dir, 'cache'));
    await cache.store(digest, join(dir, 'bundle'));
    const entry = join(dir, 'cache', digest);
    truncateSync(entry, statSync(entry).size - 1);
    expect(await cache.restore(digest, join(dir, 'copy'))).toBe(false);
    expect(existsSync(entry)).toBe(false);
    expect(existsSync(join(dir, 'copy'))).toBe(false);
  });

  it('prunes nothing from a cache folder that does not exist', async () => {
    await new ShardCache(join(dir, 'missing')).prune(new Set());
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
