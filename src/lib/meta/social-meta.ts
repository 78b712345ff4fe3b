/** What a page tells sites that link to it or share it. */
export interface SharedPage {
  /** The page's own title, without the site name: an article's headline. */
  title: string;
  description: string;
  /** The page's canonical URL. */
  url: string;
  siteName: string;
  /** An article's date, `YYYY-MM-DD`; other pages have none. */
  published?: string | undefined;
}

/** A `<meta>` tag: OpenGraph names go in `property`, Twitter's in `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** The OpenGraph and Twitter card tags of a page. */
export function socialMeta({
  title,
  description,
  url,
  siteName,
  published,
}: SharedPage): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  return [
    og('og:title', title),
    og('og:description', description),
    og('og:url', url),
    og('og:type', published ? 'article' : 'website'),
    og('og:site_name', siteName),
    ...(published ? [og('article:published_time', published)] : []),
    twitter('twitter:card', 'summary'),
    twitter('twitter:title', title),
    twitter('twitter:description', description),
  ];
}
