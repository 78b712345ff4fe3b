/**
 * An archive's new article files read ahead of the main thread, on a thread
 * of their own (read-ahead.ts starts it): each parsed and analysed, the
 * readings sent in small batches, in the files' order, as they are done.
 */
import { workerData } from 'node:worker_threads';
import { StoryIndex, type ReadArticle } from './story-index.ts';
import { parsedFile, type ReadAheadBatch, type ReadAheadJob } from './read-ahead.ts';

/** Readings a message carries: few enough that the main thread seldom finds the file it comes to still in an unsent batch. */
const BATCH = 32;

const { files, port } = workerData as ReadAheadJob;
const story = new StoryIndex();
let batch: ReadAheadBatch = { places: [], articles: [] };
for (const [place, file] of files.entries()) {
  const article = parsedFile(file);
  if (article) {
    batch.places.push(place);
    batch.articles.push({ article, analysis: story.analyse(article.blocks) } satisfies ReadArticle);
  }
  if (batch.places.length === BATCH || place === files.length - 1) {
    port.postMessage(batch);
    batch = { places: [], articles: [] };
  }
}
