import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { digestBytes, fileKey, type FileDigest } from '../archive/read-archive.ts';
import { walkFolder } from '../archive/walk-folder.ts';
import { readSeed } from '../seed/read-seed.ts';
import type { Block } from '../seed/types.ts';
import type { ReadArticle, ArticleAnalysis } from './story-index.ts';

/** Below this many files to parse, a second thread costs more to start than it saves. */
const FEWEST_APART = 200;

/** An article file to parse, where it is read from, and the digest of the bytes it had when listed. */
export interface FileToParse extends FileDigest {
  path: string;
}

/** What the worker (analyse-worker.ts) is given. */
export interface AnalyseJob {
  files: FileToParse[];
  /** How many of the files it has done: read here while the worker goes on. */
  done: Int32Array<SharedArrayBuffer>;
}

/** What the worker sends: a batch of read articles with their files' keys, or, last, that it is done. */
export type AnalyseMessage = { keys: string[]; articles: ReadArticle[] } | { done: true };

export interface AnalyseOptions {
  /** Whether an earlier build's reading of the file's very bytes is at hand: such a file is not parsed. */
  isKnown?: (source: FileDigest) => boolean;
  /** The thread's own analysis of a body, the one the worker's gives too (StoryIndex.analyse). */
  analyse: (blocks: readonly Block[]) => ArticleAnalysis;
  /** Called as files are parsed, on either thread, of all the files to parse. */
  onParsed?: (done: number, total: number) => void;
}

/**
 * Parses and analyses the article files of a folder that are not known
 * already, half of them on a worker thread (analyse-worker.ts) and half on
 * this one, so that a cold build's longest step runs on both cores. Gives
 * each valid article read, by `fileKey`; files that cannot be read or are
 * not valid articles are left out, for `readArchive` to read again and
 * report. Parsing and analysing are pure functions of a file's name and
 * bytes, so which thread reads a file does not change what is read.
 */
export async function analyseApart(
  folder: string,
  { isKnown = () => false, analyse, onParsed }: AnalyseOptions,
): Promise<Map<string, ReadArticle>> {
  const toParse: FileToParse[] = [];
  for (const { file, path } of walkFolder(folder).seeds) {
    const bytes = readable(path);
    if (bytes === undefined) continue;
    const source = { file, digest: digestBytes(bytes) };
    if (!isKnown(source)) toParse.push({ ...source, path });
  }
  const read = new Map<string, ReadArticle>();
  if (toParse.length < FEWEST_APART) return read;

  const half = Math.ceil(toParse.length / 2);
  const done = new Int32Array(new SharedArrayBuffer(4));
  const job: AnalyseJob = { files: toParse.slice(half), done };
  const worker = new Worker(new URL('./analyse-worker.ts', import.meta.url), { workerData: job });
  const apart = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: AnalyseMessage) => {
      if ('done' in message) resolve();
      else message.keys.forEach((key, index) => read.set(key, message.articles[index]!));
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the parsing thread stopped before it was done (exit code ${code})`)),
    );
  });
  // The worker's failure is awaited below, once this thread's half is done.
  apart.catch(() => undefined);

  try {
    let reported = 0;
    for (const [index, file] of toParse.slice(0, half).entries()) {
      const article = parsedFile(file);
      if (article) read.set(fileKey(file), { article, analysis: analyse(article.blocks) });
      reported = index + 1 + Atomics.load(done, 0);
      onParsed?.(reported, toParse.length);
    }
    await apart;
    if (reported < toParse.length) onParsed?.(toParse.length, toParse.length);
    return read;
  } finally {
    // A failure on this thread leaves no worker parsing for nothing.
    void worker.terminate();
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
