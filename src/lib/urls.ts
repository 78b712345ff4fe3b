import { ENTITY_SECTION, type EntityKind } from './entities/types.ts';
import { dayParts } from './dates.ts';

/**
 * Paths of every page kind, root-relative and ending in a slash. Each prefix
 * of an article's path is itself a page: its day, month and year.
 */
/** The listing page of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period. */
export function periodPath(period: string): string {
  return `/${period.replaceAll('-', '/')}/`;
}

export function articlePath(date: string, slug: string): string {
  const { year, month, day } = dayParts(date);
  return `/${year}/${month}/${day}/${encodeURIComponent(slug)}/`;
}

/** Whether a path, under any base path, is an article's: a day's path plus a slug (not a listing's `page/N/`). */
export function isArticlePath(path: string): boolean {
  return /\/\d{4}\/\d{2}\/\d{2}\/(?!page\/)[^/]+\/$/u.test(path);
}

/** What a build's progress counts a page as: an article, an entity's page, a story's page, a listing of a period, or another page. */
export type PageGroup = 'article' | 'entity' | 'story' | 'date' | 'other';

const ENTITY_PAGE = new RegExp(
  `/(?:${Object.values(ENTITY_SECTION).join('|')})/(?!page/\\d+/$)[^/]+/(?:page/\\d+/)?$`,
  'u',
);
const STORY_PAGE = /\/stories\/(?!page\/\d+\/$)[^/]+\/(?:page\/\d+\/)?$/u;
const PERIOD_PAGE = /\/\d{4}\/(?:\d{2}\/(?:\d{2}\/)?)?(?:page\/\d+\/)?$/u;

/** The group of the page at a path, under any base path. */
export function pageGroup(path: string): PageGroup {
  if (isArticlePath(path)) return 'article';
  if (ENTITY_PAGE.test(path)) return 'entity';
  if (STORY_PAGE.test(path)) return 'story';
  if (PERIOD_PAGE.test(path)) return 'date';
  return 'other';
}

/** The collection id of an article: its path without the outer slashes, unique in the archive. */
export function articleId(date: string, slug: string): string {
  return `${date.replaceAll('-', '/')}/${slug}`;
}

/** Page 1 of a listing lives at the listing's own path; later pages below `page/`. */
export function listingPagePath(listingPath: string, page: number): string {
  return page === 1 ? listingPath : `${listingPath}page/${page}/`;
}

/** The rest parameter of a paginated route for a page number: nothing for page 1. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `page/${page}`;
}

export const SEARCH_PATH = '/search/';

/** The index of one kind of entity: `/people/`. */
export function entitySectionPath(kind: EntityKind): string {
  return `/${ENTITY_SECTION[kind]}/`;
}

/** An entity's page: `/people/rustem-umerov/`. */
export function entityPath(kind: EntityKind, slug: string): string {
  return `${entitySectionPath(kind)}${encodeURIComponent(slug)}/`;
}

/** The index of stories, latest first. */
export const STORIES_PATH = '/stories/';

/** A story's page: `/stories/hartwell-industries-merger-brandt-group/`. */
export function storyPath(slug: string): string {
  return `${STORIES_PATH}${encodeURIComponent(slug)}/`;
}

/** Where the feeds and the sitemap are written: src/pages/rss.xml.ts, atom.xml.ts and @astrojs/sitemap. */
export const RSS_PATH = '/rss.xml';
export const ATOM_PATH = '/atom.xml';
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** A root-relative path as served under a base path (`/` or `/archive/`). */
export function underBase(base: string, path: string): string {
  return base.replace(/\/$/u, '') + path;
}

/**
 * The absolute URL of a root-relative path, for what is read away from the
 * site (feeds, sitemaps, robots.txt, canonical and social meta), where a
 * root-relative path means nothing.
 */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(underBase(base, path), site).href;
}
