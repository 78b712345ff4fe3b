const base = import.meta.env.BASE_URL.replace(/\/$/u, '');

/** A root-relative site path, under the base path the site is served from. */
export function href(path: string): string {
  return base + path;
}
