import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { currentBuildRun } from './build/build-run.ts';
import { configOrThrow } from './config/archive-config.ts';
import { HEADLINE_MAX } from './lib/derive/headline.ts';
import { SUMMARY_MAX } from './lib/derive/summary.ts';
import { ENTITY_KINDS } from './lib/entities/types.ts';
import { RELATED_LIMIT } from './lib/related/similar-articles.ts';
import { archiveLoader } from './loaders/archive-loader.ts';
import { ArchiveEntities } from './loaders/entities-loader.ts';

// Astro runs every command from the project's folder.
const { seeds, skipInvalid } = configOrThrow(process.cwd());
// Only `npm run build` indexes and reports progress; `astro dev` and `astro check` have no build run.
const run = currentBuildRun();

// The entities the articles' loader decides, stored as a collection of their own.
const archiveEntities = new ArchiveEntities();

const articles = defineCollection({
  loader: archiveLoader({
    directory: seeds,
    onInvalid: skipInvalid ? 'skip' : 'fail',
    search: run?.search,
    progress: run?.progress,
    sources: run?.sources,
    memo: run?.articles,
    entities: archiveEntities,
  }),
  schema: z.object({
    date: z.iso.date(),
    headline: z.string().min(1).max(HEADLINE_MAX),
    summary: z.string().min(1).max(SUMMARY_MAX),
    slug: z.string().min(1),
    wordCount: z.number().int().positive(),
    readingMinutes: z.number().int().positive(),
    sourceFile: z.string().min(1),
    sourceDigest: z.string().regex(/^[0-9a-f]{64}$/u),
    related: z.array(z.string().min(1)).max(RELATED_LIMIT),
    // Ids of the `entities` collection, which src/site/articles.ts replaces with the entities. Plain ids rather than
    // reference(), which would store an `{ id, collection }` object for each entity of each article.
    entities: z.array(z.string().min(1)),
    story: z.object({ slug: z.string().min(1), name: z.string().min(1) }).optional(),
  }),
});

const entities = defineCollection({
  loader: archiveEntities.loader,
  schema: z.object({
    kind: z.enum(ENTITY_KINDS),
    slug: z.string().min(1),
    name: z.string().min(1),
  }),
});

export const collections = { articles, entities };
