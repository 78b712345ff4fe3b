/**
 * The query parameter that carries search terms from a result to its
 * article, where Pagefind's highlight script marks them: Pagefind's default
 * name, set explicitly on both ends so they cannot drift apart.
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The part of a Pagefind result's data that its link is made of. */
export interface ResultLink {
  /** The search document's URL, with Pagefind's highlight parameters. */
  url: string;
  meta: Record<string, string | undefined>;
}

/**
 * A result's `url` pointed at its article. Pagefind adds the highlight
 * parameters to the URL of the document it indexed (`/12.html?…`), while the
 * article's address is its `url` metadata (src/lib/search/search-document.ts).
 */
export function linkToArticle<T extends ResultLink>(data: T): T {
  const article = data.meta['url'];
  if (!article) return data;
  return { ...data, url: `${article}${new URL(data.url, 'http://search.invalid/').search}` };
}
