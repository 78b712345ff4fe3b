/**
 * Half of an archive's new article files parsed and analysed on a thread of
 * their own (analyse-apart.ts starts it): sent back in batches as read, the
 * count of files done kept where the starting thread can read it meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileKey } from '../archive/read-archive.ts';
import { parsedFile, type AnalyseJob, type AnalyseMessage } from './analyse-apart.ts';
import { StoryIndex, type ReadArticle } from './story-index.ts';

/** Articles a message carries: a few messages, each of a size the other thread takes in at once. */
const BATCH = 500;

const { files, done } = workerData as AnalyseJob;
const story = new StoryIndex();
let batch: { keys: string[]; articles: ReadArticle[] } = { keys: [], articles: [] };
const send = (message: AnalyseMessage) => parentPort!.postMessage(message);
for (const file of files) {
  const article = parsedFile(file);
  if (article) {
    batch.keys.push(fileKey(file));
    batch.articles.push({ article, analysis: story.analyse(article.blocks) });
  }
  Atomics.add(done, 0, 1);
  if (batch.keys.length === BATCH) {
    send(batch);
    batch = { keys: [], articles: [] };
  }
}
send(batch);
send({ done: true });
