import { getCollection, type CollectionEntry } from 'astro:content';
import { compareChronological } from '../lib/timeline/chronology.ts';
import { periodCounts } from '../lib/timeline/group.ts';
import { articlePath } from '../lib/urls.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface Archive {
  /** Every article, oldest first. */
  articles: ArticleEntry[];
  /** Articles per year, month and day, keyed `YYYY`, `YYYY-MM` and `YYYY-MM-DD`. */
  counts: Map<string, number>;
}

let archive: Promise<Archive> | undefined;

/** The whole archive, sorted and counted once per build however many routes ask. */
export function loadArchive(): Promise<Archive> {
  archive ??= getCollection('articles').then((entries) => {
    const articles = entries.toSorted((a, b) => compareChronological(a.data, b.data));
    return { articles, counts: periodCounts(articles.map((entry) => entry.data.date)) };
  });
  return archive;
}

export function entryPath(entry: ArticleEntry): string {
  return articlePath(entry.data.date, entry.data.slug);
}
