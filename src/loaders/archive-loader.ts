import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { archiveNotices } from '../lib/archive/archive-notices.ts';
import { readArchive, type Archive, type FileDigest } from '../lib/archive/read-archive.ts';
import { entityFilterCounts } from '../lib/entities/entity-filters.ts';
import { entityId, type EntityRef } from '../lib/entities/types.ts';
import { searchDocument, type PendingDocument } from '../lib/search/search-document.ts';
import type { FilterCounts } from '../lib/search/search-filters.ts';
import { ReadAhead } from '../lib/story/read-ahead.ts';
import { StoryIndex, type ReadArticle } from '../lib/story/story-index.ts';
import type { StoryRef } from '../lib/stories/archive-stories.ts';
import { archiveStoriesApart } from '../lib/stories/stories-thread.ts';
import { storyFilterCounts } from '../lib/stories/story-filters.ts';
import { compareChronological } from '../lib/timeline/chronology.ts';
import { formatSeedError, type Article } from '../lib/seed/types.ts';
import { articleId, articlePath, underBase } from '../lib/urls.ts';

export interface ArchiveLoaderOptions {
  /** Folder of seed files, absolute or relative to the project root. Subfolders are read too. */
  directory: string;
  /**
   * What to do with files that are not valid articles: `fail` (default) stops
   * the build after listing every one of them, so nothing is published with a
   * silent gap; `skip` builds the valid ones and lists the skipped files.
   */
  onInvalid?: 'fail' | 'skip';
  /** Where each article's search document goes; none where nothing is indexed. */
  search?: SearchSink | undefined;
  /** Told how the load goes. */
  progress?: LoadProgress | undefined;
  /** Told which files the articles were read from; none outside a build. */
  sources?: SourceSink | undefined;
  /** What earlier builds read of unchanged files; none outside a build. */
  memo?: ArticleMemo | undefined;
  /** Told the archive's entities, which the articles name by id (src/loaders/entities-loader.ts). */
  entities?: EntitySink | undefined;
}

/** Takes the archive's entities once they are decided, on each load. */
interface EntitySink {
  decided(entities: readonly EntityRef[]): Promise<void>;
}

/**
 * Keeps what was read of each file, by its name and bytes, between builds
 * (src/build/article-cache.ts in a build): given every file's read article
 * in the files' order, then saved.
 */
interface ArticleMemo {
  /** Whether it keeps an entry for this file with these bytes, without reading the entry. */
  has(source: FileDigest): boolean;
  get(source: FileDigest): ReadArticle | undefined;
  /** Keeps the file's read article; one that `get` gave counts as reused. */
  keep(source: FileDigest, read: ReadArticle): void;
  save(): void;
  /** How many of the articles kept came from `get`. */
  readonly reused: number;
}

/** Takes, once the folder is read, the valid articles' files and digests and the number of invalid files (src/build/article-sources.ts in a build). */
interface SourceSink {
  read(articles: readonly FileDigest[], invalid: number): void;
}

/**
 * Takes the archive's search documents (src/search-index/indexer.ts in a
 * build): first the dates of the articles to come, in the order they will
 * come, then each article's document by its position in that order, then,
 * once every article is in, the counts of the filters besides the dates'.
 * `add` settles when the sink has room for the next document.
 */
export interface SearchSink {
  plan(dates: readonly string[]): void;
  add(position: number, document: PendingDocument): Promise<void>;
  seal(filters: FilterCounts): void;
}

/** What the loader reports of its progress (src/build/build-progress.ts in a build). */
interface LoadProgress {
  /** For each seed file read, of `total`. */
  loaded(done: number, total: number): void;
  /** Once the archive is read: the articles whose pages will be rendered. */
  willRender(articles: number): void;
  /** When the links over the whole archive start to be decided. */
  deriving(): void;
  /** For each search document handed to the search index, of `total`. */
  handedOver(done: number, total: number): void;
  /** For each article's entry given to the store (or kept there), of `total`. */
  stored(done: number, total: number): void;
  note(phase: string, message: string): void;
}

/**
 * The fields of an article that pages use. The body is not stored: pages
 * render it from the file (src/site/article-body.ts), which keeps the store,
 * and the memory and time Astro spends on it, small at any archive size.
 */
type ArticleData = Omit<Article, 'blocks'> & {
  /** The SHA-256 of its file's bytes: pages render the body from the file, and are rendered again when it changes (src/site/page-key.ts). */
  sourceDigest: string;
  /** Ids of the most similar articles, most similar first. */
  related: string[];
  /** The ids of the people, places and organisations it names, in the `entities` collection. */
  entities: string[];
  /** The story it is a report of, if any. */
  story?: StoryRef | undefined;
};

interface LoadedArticle {
  id: string;
  article: Omit<Article, 'blocks'>;
  filePath: string;
  blocks: Article['blocks'];
  fileDigest: string;
}

/**
 * A Content Layer loader for a folder of dated plain-text articles. Each file
 * is decoded, parsed and validated; then the archive as a whole decides each
 * article's related articles and entities. An article whose file and whose
 * place in the archive have not changed keeps its stored entry.
 */
export function archiveLoader(options: ArchiveLoaderOptions): Loader {
  return {
    name: 'archive-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, options.directory);
      await syncFolder(context, folder, root, options);
      context.watcher?.add(folder);
      // In `astro dev`, an edit re-syncs the folder; entries whose digest has not
      // changed are kept, and an invalid file is reported without stopping the server.
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(folder)) return;
        syncFolder(context, folder, root, options).catch((error: unknown) =>
          context.logger.error(String(error)),
        );
      });
    },
  };
}

async function syncFolder(
  context: LoaderContext,
  folder: string,
  root: string,
  {
    onInvalid = 'fail',
    search,
    progress,
    sources,
    memo,
    entities: entitySink,
  }: ArchiveLoaderOptions,
): Promise<void> {
  const { store, logger } = context;
  const story = new StoryIndex();
  // Bodies are kept only for the search index, which is written once the
  // entities, its filters, are known.
  const bodies: Article['blocks'][] = [];
  // Every file is read on every sync, changed or not: related articles and
  // entities are properties of the whole archive, so one new article can
  // change what an untouched one shows. A worker reads new files ahead.
  const ahead = new ReadAhead(folder, (source) => memo?.has(source) ?? false);
  const known = (source: FileDigest) => ahead.take(source) ?? memo?.get(source);
  let archive: Archive;
  try {
    archive = readArchive(folder, {
      onRead: (done, total) => progress?.loaded(done, total),
      known: (source) => known(source)?.article,
      onArticle: (article, source) => {
        const read = known(source) ?? { article, analysis: story.analyse(article.blocks) };
        story.add(read.analysis, read.article.date);
        memo?.keep(source, read);
        if (search) bodies.push(article.blocks);
      },
    });
  } finally {
    ahead.close();
  }
  if (memo) {
    memo.save();
    progress?.note(
      'load',
      `${memo.reused.toLocaleString('en')} of ${archive.articles.length.toLocaleString('en')} articles reused as an earlier build read them, ${(archive.articles.length - memo.reused).toLocaleString('en')} parsed`,
    );
  }
  for (const notice of archiveNotices(archive)) logger.warn(notice);
  const { errors } = archive;
  sources?.read(
    archive.articles.map(({ article, digest }) => ({ file: article.sourceFile, digest })),
    errors.length,
  );

  const storedById = new Map(store.values().map((entry) => [entry.id, entry]));
  const untouched = new Set(store.keys());
  const loaded: LoadedArticle[] = archive.articles.map(({ article, path, digest }, index) => ({
    id: articleId(article.date, article.slug),
    article,
    filePath: relative(root, path),
    blocks: bodies[index] ?? [],
    fileDigest: digest,
  }));
  for (const { id } of loaded) untouched.delete(id);

  progress?.willRender(loaded.length);
  progress?.deriving();
  const {
    related,
    entities,
    entitiesByArticle: byArticle,
    stories,
    ms,
  } = await story.links(archiveStoriesApart);
  const storyOf = (index: number) => stories.stories[stories.byArticle[index]!];
  // The benchmark reads this line: all three are whole-archive computations whose cost must stay near-linear.
  progress?.note(
    'derive',
    `related articles ${seconds(ms.related)}, entities ${seconds(ms.entities)} (${entities.length} entities), stories ${seconds(ms.stories)} (${stories.stories.length} ${stories.stories.length === 1 ? 'story' : 'stories'})`,
  );
  await entitySink?.decided(entities);
  if (search && (errors.length === 0 || onInvalid === 'skip')) {
    // Oldest first, so each period's shard is indexed while later ones are still handed over.
    const order = loaded
      .map((_, index) => index)
      .sort((a, b) => compareChronological(loaded[a]!.article, loaded[b]!.article));
    search.plan(order.map((index) => loaded[index]!.article.date));
    for (const [position, index] of order.entries()) {
      const entry = loaded[index]!;
      const { article, blocks, fileDigest } = entry;
      const url = underBase(context.config.base, articlePath(article.date, article.slug));
      const [entities, story] = [byArticle[index], storyOf(index)];
      await search.add(position, {
        // The file's digest stands for the body, which is parsed from it.
        key: JSON.stringify([fileDigest, article, url, entities, story]),
        html: () => searchDocument({ ...article, blocks }, url, entities, story),
      });
      // The indexer holds the body until the document's shard is complete.
      entry.blocks = [];
      progress?.handedOver(position + 1, order.length);
    }
  }

  // One string per entity, however many articles name it.
  const entityIds = new Map(
    entities.map((entity) => {
      const id = entityId(entity);
      return [id, id];
    }),
  );
  let unchanged = 0;
  for (const [index, { id, article, filePath, fileDigest }] of loaded.entries()) {
    const data: ArticleData = {
      ...article,
      sourceDigest: fileDigest,
      related: related[index]!.map((other) => loaded[other]!.id),
      entities: byArticle[index]!.map((ref) => entityIds.get(entityId(ref))!),
      story: storyOf(index),
    };
    // The digest covers the path, so a moved file updates its entry (Astro's
    // store ignores a set() whose digest it already has), and what the
    // archive around the file decided: its related articles, entities and story.
    const digest = context.generateDigest(
      `${filePath}\0${fileDigest}\0${JSON.stringify([data.related, data.entities, data.story])}`,
    );
    progress?.stored(index + 1, loaded.length);
    if (storedById.get(id)?.digest === digest) {
      unchanged++;
      continue;
    }
    // The schema checks what the parser derived, so a rejection is a defect
    // of the parser: the file is what someone needs to reproduce it.
    const parsed = await context.parseData({ id, data: { ...data } }).catch((error: unknown) => {
      throw new Error(
        `${article.sourceFile} was read as an article that the content schema rejects: ${String(error)}`,
        { cause: error },
      );
    });
    store.set({ id, data: parsed, digest, filePath });
  }
  for (const id of untouched) store.delete(id);
  logger.info(
    `${loaded.length} article(s) from ${folder} (${unchanged} unchanged since the last build)`,
  );

  if (errors.length === 0 || onInvalid === 'skip')
    search?.seal({ ...entityFilterCounts(entities), ...storyFilterCounts(stories) });
  if (errors.length === 0) return;
  const list = errors.map((error) => `  ${formatSeedError(error)}`).join('\n');
  if (onInvalid === 'skip') {
    logger.warn(`Skipped ${errors.length} invalid file(s):\n${list}`);
    return;
  }
  throw new Error(
    `${errors.length} seed file(s) are not valid articles:\n${list}\nFix them, or build the valid ones with ARCHIVE_SKIP_INVALID=1.`,
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
