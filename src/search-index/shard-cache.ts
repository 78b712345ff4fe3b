/**
 * Shards' Pagefind bundles kept between builds, each under the digest of what
 * Pagefind read to make it (`shardDigest`): Pagefind has no incremental
 * indexing, but a shard whose documents are unchanged gets the very bytes it
 * got before (docs/search.md), so its bundle is copied instead of indexed.
 *
 * An entry is a folder named by its digest holding the bundle and a list of
 * its files with their sizes and SHA-256. It is written under an unfinished
 * name and renamed once whole, and every file is checked against the list
 * when it is used: a half-written or damaged entry is removed, never used.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { inBatches } from './in-batches.ts';

/** A SHA-256 in hex: an entry's name, and a stored file's digest. */
const SHA256_HEX = /^[0-9a-f]{64}$/u;
/** An entry being written, or left half-written by a build that was stopped. */
const UNFINISHED = /^\.unfinished-/u;
/** A path in a bundle as Pagefind names its files: no `..`, nothing absolute. */
const BUNDLE_PATH = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*$/u;
const FILES = 'files.json';
const BUNDLE = 'bundle';

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
  documents: readonly { name: string; text: string }[],
): string {
  const hash = createHash('sha256');
  const field = (value: string) => hash.update(`${Buffer.byteLength(value)}:`).update(value);
  field(settings);
  for (const { name, text } of documents) {
    field(name);
    field(text);
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
    const files = await this.#files(entry);
    const bundle = files && (await this.#read(entry, files));
    if (bundle) {
      await inBatches(
        bundle.map(({ path, bytes }) => async () => {
          await mkdir(dirname(join(target, path)), { recursive: true });
          await writeFile(join(target, path), bytes);
        }),
      );
      return true;
    }
    await rm(entry, { recursive: true, force: true });
    return false;
  }

  /** Stores the bundle in folder `bundle` under `digest`. */
  async store(digest: string, bundle: string): Promise<void> {
    const unfinished = join(
      this.#folder,
      `.unfinished-${digest}-${process.pid}-${randomBytes(4).toString('hex')}`,
    );
    const paths = (await readdir(bundle, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(bundle, join(entry.parentPath, entry.name)));
    const files: StoredFile[] = [];
    await mkdir(unfinished, { recursive: true });
    await inBatches(
      paths.map((path) => async () => {
        const bytes = await readFile(join(bundle, path));
        await mkdir(dirname(join(unfinished, BUNDLE, path)), { recursive: true });
        await writeFile(join(unfinished, BUNDLE, path), bytes);
        files.push({ path, size: bytes.length, sha256: sha256(bytes) });
      }),
    );
    await writeFile(join(unfinished, FILES), JSON.stringify(files));
    try {
      await rename(unfinished, join(this.#folder, digest));
    } catch (error) {
      // Two shards of one build with the very same documents share one entry.
      await rm(unfinished, { recursive: true, force: true });
      const { code } = error as NodeJS.ErrnoException;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
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

  /** An entry's files, read whole, or undefined if one is missing or not as stored. */
  async #read(
    entry: string,
    files: readonly StoredFile[],
  ): Promise<{ path: string; bytes: Uint8Array }[] | undefined> {
    const bundle: { path: string; bytes: Uint8Array }[] = [];
    try {
      await inBatches(
        files.map(({ path, size, sha256: expected }) => async () => {
          const bytes = await readFile(join(entry, BUNDLE, path));
          if (bytes.length !== size || sha256(bytes) !== expected)
            throw new Error(`${path} is not as stored`);
          bundle.push({ path, bytes });
        }),
      );
      return bundle;
    } catch {
      return undefined;
    }
  }

  /** An entry's list of files, or undefined if it has none that can be trusted. */
  async #files(entry: string): Promise<StoredFile[] | undefined> {
    try {
      return storedFiles.parse(JSON.parse(await readFile(join(entry, FILES), 'utf8')));
    } catch {
      return undefined;
    }
  }
}
