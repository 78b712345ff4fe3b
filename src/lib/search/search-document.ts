import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { stripBidiControls } from '../bidi-controls.ts';
import { formatDate } from '../dates.ts';
import type { Article } from '../seed/types.ts';
import { entityFilters } from '../entities/entity-filters.ts';
import type { EntityRef } from '../entities/types.ts';
import type { StoryRef } from '../stories/archive-stories.ts';
import { STORY_FILTER } from '../stories/story-filters.ts';
import { searchFilters } from './search-filters.ts';

/**
 * The document Pagefind indexes for one article: its headline and body text,
 * nothing of the page around them, the article's URL and date as metadata
 * (ISO for machines, readable for the results list), year and month filters,
 * the article's people, places and organisations as filters (each value on
 * an empty element of its own, so names hold commas safely and add no
 * text), its story's name as the `story` filter, and the date as sort key. Built as a tree and serialised by hast, so text
 * is always escaped. Like the headline, the text holds no bidirectional
 * control (src/lib/bidi-controls.ts).
 */
export function searchDocument(
  article: Pick<Article, 'date' | 'headline' | 'blocks'>,
  url: string,
  entities: readonly EntityRef[] = [],
  story?: StoryRef,
): string {
  const { date, headline, blocks } = article;
  const filters = searchFilters(date);
  const text = (
    tagName: string,
    value: string,
    properties: Element['properties'] = {},
  ): Element => ({
    type: 'element',
    tagName,
    properties,
    children: [{ type: 'text', value }],
  });
  const body: Element = {
    type: 'element',
    tagName: 'article',
    properties: {
      dataPagefindBody: '',
      dataUrl: url,
      dataDate: date,
      dataPublished: formatDate(date),
      dataYear: filters['year'],
      dataMonth: filters['month'],
      dataPagefindMeta: 'url[data-url], date[data-date], published[data-published]',
      dataPagefindFilter: 'year[data-year], month[data-month]',
      dataPagefindSort: 'date[data-date]',
    },
    children: [
      text('h1', headline, { dataPagefindMeta: 'title' }),
      // Pagefind's excerpts join the text of several blocks, where one block's unclosed override would reorder the rest.
      ...blocks.map((block) => text('p', stripBidiControls(block.text))),
      ...Object.entries({
        ...entityFilters(entities),
        ...(story && { [STORY_FILTER]: [story.name] }),
      }).flatMap(([filter, names]) =>
        names.map((name): Element => ({
          type: 'element',
          tagName: 'span',
          properties: { dataPagefindFilter: `${filter}[data-name]`, dataName: name },
          children: [],
        })),
      ),
    ],
  };
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'html',
        properties: { lang: 'en' },
        children: [{ type: 'element', tagName: 'body', properties: {}, children: [body] }],
      },
    ],
  };
  return `<!doctype html>${toHtml(tree)}`;
}

/** A tag as `searchDocument` writes it: its attribute values double-quoted, and a `"` in them escaped, but `>` not. */
const TAG = /<(?:[^>"]|"[^"]*")*>/gu;
/** hast writes `&` and `<` in text as character references. */
const REFERENCE = /&(?:#x?[\da-f]+|\w+);/giu;

/**
 * The words of a search document's text, for counting: its tags and
 * character references replaced by spaces, which splits "AT&T" but never
 * joins two words or takes an attribute's value for text.
 */
export function searchDocumentText(html: string): string {
  return html.replace(TAG, ' ').replace(REFERENCE, ' ');
}

/**
 * A search document, made only if it is needed: a shard of the index whose
 * documents' keys are those of an earlier build is reused without them.
 */
export interface PendingDocument {
  /**
   * What the document is made from, enough to tell it from any other: the
   * same key gives the same document under the same code (a build's cache is
   * emptied when the code changes, src/build/build-cache.ts).
   */
  key: string;
  html: () => string;
}
