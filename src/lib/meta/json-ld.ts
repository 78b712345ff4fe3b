/** What the JSON-LD of an article page says: its text as on the page, and its canonical URL. */
export interface NewsArticleFacts {
  headline: string;
  description: string;
  /** The page's canonical URL. */
  url: string;
  /** `YYYY-MM-DD`, an ISO 8601 date: articles have no time of day. */
  datePublished: string;
  site: { name: string; url: string };
}

/** The schema.org NewsArticle of an article page, ready for a `<script type="application/ld+json">` block. */
export function newsArticleJsonLd({
  headline,
  description,
  url,
  datePublished,
  site,
}: NewsArticleFacts): string {
  const website = { '@type': 'WebSite', name: site.name, url: site.url };
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description,
    url,
    mainEntityOfPage: url,
    datePublished,
    isPartOf: website,
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
  });
}

/**
 * JSON to put inside a `<script>` element. The HTML parser ends a script at
 * the first `</script`, whatever JSON thinks of it, and `<!--` changes how it
 * reads on; JSON may write `<` as `\u003c`, so none is left in the block.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
