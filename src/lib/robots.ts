/**
 * The robots.txt of the site: crawl everything, and find the pages in the
 * sitemap. Crawlers read only the one at a host's root, so a site served
 * under a base path needs it copied there.
 */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
