import { formatDate } from '../dates.ts';
import type { Article } from '../seed/types.ts';
import { monthOf, yearOf } from '../timeline/group.ts';

/** One article as Pagefind indexes it: the shape of its `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The search record of an article: its headline and body text, nothing of the
 * page around them, with the date as metadata (ISO for machines, readable for
 * the results list), year and month filters, and the date as sort key.
 */
export function searchRecord(article: Pick<Article, 'date' | 'headline' | 'blocks'>, url: string): SearchRecord {
  const { date, headline, blocks } = article;
  return {
    url,
    content: [headline, ...blocks.map((block) => block.text)].join('\n'),
    language: 'en',
    meta: { title: headline, date, published: formatDate(date) },
    filters: { year: [yearOf(date)], month: [monthOf(date)] },
    sort: { date },
  };
}
