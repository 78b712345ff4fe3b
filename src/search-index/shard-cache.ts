/**
 * Shards' Pagefind bundles kept between builds, each under the digest of what
 * Pagefind read to make it (`shardDigest`): Pagefind has no incremental
 * indexing, but a shard whose documents are unchanged gets the very bytes it
 * got before (docs/search.md), so its bundle is copied instead of indexed.
 *
 * An entry is one file named by its digest: a line listing the bundle's files
 * with their sizes and SHA-256, then their bytes one after another. One file
 * rather than a folder of them: a shard's bundle is some 2,500 files, and
 * reading one costs less than opening each. It is written under an unfinished
 * name and renamed once whole, and every file is checked against the list
 * when it is used: a half-written or damaged entry is removed, never used.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { inBatches, writeFiles } from './batched-files.ts';

/** A SHA-256 in hex: an entry's name, and a stored file's digest. */
const SHA256_HEX = /^[0-9a-f]{64}$/u;
/** An entry being written, or left half-written by a build that was stopped. */
const UNFINISHED = /^\.unfinished-/u;
/** A path in a bundle as Pagefind names its files: no `..`, nothing absolute. */
const BUNDLE_PATH = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*$/u;

const storedFiles = z
  .array(
    z.object({
      path: z.string().regex(BUNDLE_PATH),
      size: z.number().int().nonnegative(),
      sha256: z.string().regex(SHA256_HEX),
    }),
  )
  .min(1);

type StoredFile = z.infer<typeof storedFiles>[number];

const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * The digest of a shard's documents, given by file name in the order they
 * are written, as Pagefind with `settings` (pagefind.ts) indexes them. Names
 * and texts are length-prefixed: one document's text cannot pass for the
 * name and text of another.
 */
export function shardDigest(
  settings: string,
  documents: readonly { path: string; data: string }[],
): string {
  const hash = createHash('sha256');
  const field = (value: string) => hash.update(`${Buffer.byteLength(value)}:`).update(value);
  field(settings);
  for (const { path, data } of documents) {
    field(path);
    field(data);
  }
  return hash.digest('hex');
}

export class ShardCache {
  readonly #folder: string;

  /**
   * `folder` holds the entries, and may hold other things: only names an
   * entry or an unfinished one can have are ever read or removed there.
   */
  constructor(folder: string) {
    this.#folder = folder;
  }

  /**
   * Copies the bundle stored under `digest` into `target`, if every one of its
   * files is as stored; returns whether it did. An entry that is not whole is
   * removed.
   */
  async restore(digest: string, target: string): Promise<boolean> {
    const entry = join(this.#folder, digest);
    const bundle = await readFile(entry).then(unpack, () => undefined);
    if (!bundle) {
      await rm(entry, { recursive: true, force: true });
      return false;
    }
    await writeFiles(target, bundle);
    return true;
  }

  /** Stores the bundle in folder `bundle` under `digest`. */
  async store(digest: string, bundle: string): Promise<void> {
    const paths = (await readdir(bundle, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(bundle, join(entry.parentPath, entry.name)));
    const contents: Buffer[] = [];
    await inBatches(
      paths.map((path, index) => async () => {
        contents[index] = await readFile(join(bundle, path));
      }),
    );
    const files: StoredFile[] = paths.map((path, index) => ({
      path,
      size: contents[index]!.length,
      sha256: sha256(contents[index]!),
    }));
    const unfinished = join(
      this.#folder,
      `.unfinished-${digest}-${process.pid}-${randomBytes(4).toString('hex')}`,
    );
    await mkdir(this.#folder, { recursive: true });
    await writeFile(
      unfinished,
      Buffer.concat([Buffer.from(`${JSON.stringify(files)}\n`), ...contents]),
    );
    await rename(unfinished, join(this.#folder, digest));
  }

  /** Removes every entry whose digest is not in `used`, and every unfinished one. */
  async prune(used: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.#folder).catch(() => []);
    const unused = names.filter(
      (name) => (SHA256_HEX.test(name) && !used.has(name)) || UNFINISHED.test(name),
    );
    await inBatches(
      unused.map((name) => () => rm(join(this.#folder, name), { recursive: true, force: true })),
    );
  }
}

/** An entry's files, or undefined if its list is not whole or a file is not as listed. */
function unpack(entry: Buffer): { path: string; data: Buffer }[] | undefined {
  const end = entry.indexOf('\n');
  if (end === -1) return undefined;
  let files: StoredFile[];
  try {
    files = storedFiles.parse(JSON.parse(entry.subarray(0, end).toString('utf8')));
  } catch {
    return undefined;
  }
  let at = end + 1;
  const bundle = files.map(({ path, size }) => {
    const data = entry.subarray(at, (at += size));
    return { path, data };
  });
  const whole =
    at === entry.length &&
    files.every(({ sha256: expected }, index) => sha256(bundle[index]!.data) === expected);
  return whole ? bundle : undefined;
}
