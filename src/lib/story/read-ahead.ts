import { readFileSync } from 'node:fs';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import { digestArchive, digestBytes, fileKey, type FileDigest } from '../archive/read-archive.ts';
import { readSeed } from '../seed/read-seed.ts';
import type { ReadArticle } from './story-index.ts';

/** Below this many files to parse, a second thread costs more to start than it saves. */
const FEWEST_AHEAD = 200;
/**
 * The share of the new files the worker reads, the last ones: the main
 * thread reads the first itself, then takes the worker's readings, which
 * costs it a third of reading a file, so both end at about the same time.
 */
const WORKER_SHARE = 2 / 3;

/** An article file to parse, where it is read from, and the digest of the bytes it had when listed. */
export interface FileToParse extends FileDigest {
  path: string;
}

/** What the worker (read-ahead-worker.ts) is given: its files, and the port it sends its readings to. */
export interface ReadAheadJob {
  files: FileToParse[];
  port: MessagePort;
}

/** A batch of the worker's readings, each by its file's place in the job's files; an invalid file has none. */
export interface ReadAheadBatch {
  places: number[];
  articles: ReadArticle[];
}

/**
 * Reads an archive's new article files ahead of the main thread, on a
 * worker: the last two thirds of the files no earlier build read, in their
 * order. The main thread reads the folder as always (`readArchive`) and
 * asks for each file's reading as it comes to it (`take`): the worker's, if
 * it has sent it, taken synchronously from its port; otherwise none, and
 * the main thread parses the file itself. Parsing and analysing are pure
 * functions of a file's name and bytes, so either thread's reading will do,
 * and the main thread never waits: a slow or failed worker costs time only.
 * Readings wait in the port, serialised, until taken.
 */
export class ReadAhead {
  readonly #worker: Worker | undefined;
  readonly #port: MessagePort | undefined;
  /** The worker's files, by key, and their places in its list. */
  readonly #places = new Map<string, number>();
  /** Readings received and not yet taken, in the order of their places. */
  #received: { place: number; read: ReadArticle }[] = [];
  #next = 0;

  /** Lists and digests the folder's files, and starts the worker on the new ones, if there are enough. */
  constructor(folder: string, isKnown: (source: FileDigest) => boolean = () => false) {
    const toParse = digestArchive(folder).files.filter((source) => !isKnown(source));
    if (toParse.length < FEWEST_AHEAD) return;
    const files = toParse.slice(Math.floor(toParse.length * (1 - WORKER_SHARE)));
    files.forEach((file, place) => this.#places.set(fileKey(file), place));
    const { port1, port2 } = new MessageChannel();
    const job: ReadAheadJob = { files, port: port2 };
    this.#port = port1;
    this.#worker = new Worker(new URL('./read-ahead-worker.ts', import.meta.url), {
      workerData: job,
      transferList: [port2],
    });
    // A worker that fails costs time only: the files it has not sent are read on this thread.
    this.#worker.on('error', () => undefined);
  }

  /**
   * The worker's reading of this file with these bytes, if it has sent it;
   * none for a file it was not given. Files are asked for in their order:
   * asking for one lets go of the readings of the files before it.
   */
  take(source: FileDigest): ReadArticle | undefined {
    const place = this.#places.get(fileKey(source));
    return place === undefined ? undefined : this.#receive(place);
  }

  /** Stops the worker, which may still be reading files the main thread has read itself. */
  close(): void {
    void this.#worker?.terminate();
    this.#port?.close();
  }

  #receive(place: number): ReadArticle | undefined {
    for (;;) {
      while (this.#next < this.#received.length && this.#received[this.#next]!.place < place)
        this.#next++;
      const first = this.#received[this.#next];
      if (first) return first.place === place ? first.read : undefined;
      const message = receiveMessageOnPort(this.#port!);
      if (message === undefined) return undefined;
      const { places, articles } = message.message as ReadAheadBatch;
      this.#received = places.map((at, index) => ({ place: at, read: articles[index]! }));
      this.#next = 0;
    }
  }
}

/** The file's article, if its bytes are still those listed and it is a valid article. */
export function parsedFile({ file, path, digest }: FileToParse) {
  const bytes = readable(path);
  if (bytes === undefined || digestBytes(bytes) !== digest) return undefined;
  const parsed = readSeed(bytes, file);
  return parsed.ok ? parsed.article : undefined;
}

function readable(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
