/**
 * The archive's stories found on a thread of their own (stories-thread.ts
 * starts it and gives the input), while the main thread finds related articles.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { timedArchiveStories } from './archive-stories.ts';
import { unpackStoryInput, type PackedStoryInput } from './stories-thread.ts';

parentPort!.postMessage(timedArchiveStories(unpackStoryInput(workerData as PackedStoryInput)));
