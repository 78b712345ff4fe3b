import { absoluteUrl, underBase } from '../lib/urls.ts';

const { BASE_URL, SITE } = import.meta.env;

/** A root-relative site path, under the base path the site is served from. */
export function href(path: string): string {
  return underBase(BASE_URL, path);
}

/** The absolute URL of a site path, under the configured site and base path. */
export function absoluteHref(path: string): string {
  return absoluteUrl(SITE, BASE_URL, path);
}

/** The absolute URL of the page served at `pathname` (which holds the base path already, as `Astro.url.pathname` does). */
export function pageUrl(pathname: string): string {
  return new URL(pathname, SITE).href;
}
