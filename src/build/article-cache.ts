import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { fileKey, type FileDigest } from '../lib/archive/read-archive.ts';

/** The list of chunks and the files each holds. */
const MANIFEST = 'manifest.json';
const UNFINISHED = '.unfinished-';
/**
 * A chunk ends after an article whose file's digest, read as a number, is a
 * multiple of this: chunks of about this many articles whose ends depend on
 * their own files only, so an article added, edited or removed changes its
 * own chunk and no other, wherever it is.
 */
const CHUNK_EVERY = 1024;
/** A chunk's head: the CRC-32 of the rest, then its length, both 32-bit big-endian. */
const HEAD = 8;

const manifestSchema = z.object({
  format: z.literal(2),
  chunks: z.array(
    z.object({ name: z.string().regex(/^[0-9a-f]{64}$/u), keys: z.array(z.string()) }),
  ),
});

/** How a chunk's entries are written and read back: as they are unless told. */
export interface ChunkCodec<Entry> {
  pack(entries: readonly Entry[]): unknown;
  /** What `pack` gave, after a round trip through V8's serialiser; throws if it is not such. */
  unpack(payload: unknown): Entry[];
}

const asTheyAre: ChunkCodec<never> = {
  pack: (entries) => entries,
  unpack: (payload) => {
    if (!Array.isArray(payload)) throw new Error('not a list');
    return payload as never[];
  },
};

/**
 * What earlier builds made of each article file, by its name and the digest
 * of its bytes, kept in the build's cache folder (build-cache.ts) so that a
 * build parses and analyses only the files that changed. The entries are
 * pure functions of a file's name and bytes under one version of the code,
 * which the cache folder's own record guarantees: a folder written by other
 * code or by a build that did not finish is emptied before this opens it.
 *
 * The entries are written in chunks, in the order a build keeps them, the
 * articles in their files' order. A chunk is named by the digest of the keys
 * it holds, so a chunk whose files did not change is neither read nor
 * written again beyond the lookups that use it. Only one chunk read from disk
 * is held at a time: a build looks its files up in the same order. A chunk
 * cut short, damaged or not what the list says is not used: its articles are
 * parsed again.
 */
export class ArticleCache<Entry> {
  readonly #folder: string;
  readonly #codec: ChunkCodec<Entry>;
  /** Per key of the last build, the chunk that holds it. */
  readonly #chunkOf = new Map<string, string>();
  readonly #listed = new Map<string, readonly string[]>();
  #open: { name: string; entries: Map<string, Entry> } | undefined;
  /** The chunks of this build, in order, and the one being filled. */
  readonly #chunks: { name: string; keys: string[] }[] = [];
  #keys: string[] = [];
  #entries: Entry[] = [];
  #reused = 0;
  /** Chunks found cut short or damaged: written again even when this build's chunk has the same name. */
  readonly #unreadable = new Set<string>();

  constructor(folder: string, codec: ChunkCodec<Entry> = asTheyAre) {
    this.#folder = folder;
    this.#codec = codec;
    mkdirSync(folder, { recursive: true });
    for (const { name, keys } of readManifest(folder)) {
      this.#listed.set(name, keys);
      for (const key of keys) this.#chunkOf.set(key, name);
    }
  }

  /** Whether an entry is kept for this file with these bytes, without reading it. */
  has(source: FileDigest): boolean {
    return this.#chunkOf.has(fileKey(source));
  }

  /** The entry kept for this file with these bytes, if any. */
  get(source: FileDigest): Entry | undefined {
    const key = fileKey(source);
    const name = this.#chunkOf.get(key);
    if (name === undefined) return undefined;
    if (this.#open?.name !== name) this.#open = { name, entries: this.#readChunk(name) };
    return this.#open.entries.get(key);
  }

  /** Keeps this build's entry for a file, in the order of the archive's files. */
  keep(source: FileDigest, entry: Entry): void {
    const key = fileKey(source);
    if (this.#open?.entries.get(key) === entry) this.#reused++;
    this.#keys.push(key);
    this.#entries.push(entry);
    if (Number.parseInt(source.digest.slice(0, 8), 16) % CHUNK_EVERY === 0) this.#endChunk();
  }

  /** How many entries of this build came from the cache. */
  get reused(): number {
    return this.#reused;
  }

  /** Writes what this build kept and removes what it did not: the next build finds this build's files. */
  save(): void {
    this.#endChunk();
    // The build goes on for long after: what the last build listed is not needed any more.
    this.#open = undefined;
    this.#chunkOf.clear();
    this.#listed.clear();
    const temporary = join(this.#folder, `${UNFINISHED}${MANIFEST}`);
    writeFileSync(temporary, JSON.stringify({ format: 2, chunks: this.#chunks }));
    renameSync(temporary, join(this.#folder, MANIFEST));
    const kept = new Set([MANIFEST, ...this.#chunks.map(({ name }) => name)]);
    for (const name of readdirSync(this.#folder)) {
      if (!kept.has(name)) rmSync(join(this.#folder, name), { force: true });
    }
  }

  #endChunk(): void {
    if (this.#keys.length === 0) return;
    const keys = this.#keys;
    const name = createHash('sha256').update(keys.join('\0')).digest('hex');
    this.#chunks.push({ name, keys });
    const same = this.#listed.get(name);
    // A chunk of the same keys holds the same entries: it is left as it is, unless it could not be read.
    if (same === undefined || this.#unreadable.has(name)) {
      const payload = serialize(this.#codec.pack(this.#entries));
      const head = Buffer.alloc(HEAD);
      head.writeUInt32BE(crc32(payload), 0);
      head.writeUInt32BE(payload.length, 4);
      const temporary = join(this.#folder, `${UNFINISHED}${name}`);
      writeFileSync(temporary, Buffer.concat([head, payload]));
      renameSync(temporary, join(this.#folder, name));
    }
    this.#keys = [];
    this.#entries = [];
  }

  /** A chunk's entries by key; none when it cannot be trusted, so its files are read again. */
  #readChunk(name: string): Map<string, Entry> {
    const keys = this.#listed.get(name)!;
    try {
      const bytes = readFileSync(join(this.#folder, name));
      const payload = bytes.subarray(HEAD);
      if (bytes.length < HEAD || bytes.readUInt32BE(4) !== payload.length)
        throw new Error('cut short');
      if (bytes.readUInt32BE(0) !== crc32(payload)) throw new Error('damaged');
      const entries = this.#codec.unpack(deserialize(payload));
      if (entries.length !== keys.length) throw new Error('not what the list says');
      return new Map(keys.map((key, index) => [key, entries[index]!]));
    } catch {
      this.#unreadable.add(name);
      return new Map();
    }
  }
}

/** The chunks the last build listed; none when the list is missing or not this format. */
function readManifest(folder: string): z.infer<typeof manifestSchema>['chunks'] {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8'))).chunks;
  } catch {
    return [];
  }
}
