import { createHash } from 'node:crypto';
import type { ArticleEntry } from './articles.ts';

/**
 * Each path with its `cacheKey` for Astro's incremental build
 * (`experimental.incrementalBuild`, turned on by `npm run build`): a digest
 * of the props the page is rendered from. Astro copies a page from the last
 * build instead of rendering it when its key and its code are unchanged, so
 * the key covers everything a page shows besides its code. Props must hold
 * what the page shows, no more: a page given the whole archive's counts would
 * be rendered again whenever any article changed.
 */
export function withPageKeys<Path extends { props: object }>(
  paths: readonly Path[],
): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageKey(path.props) }));
}

/** A digest of `props`, in which an article entry stands for its own key, and maps and sets for their contents. */
export function pageKey(props: object): string {
  return digest(JSON.stringify(props, keyPart));
}

function keyPart(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return isEntry(value) ? entryKey(value) : value;
}

const entryKeys = new WeakMap<ArticleEntry, string>();

/**
 * What a page can show of an article: its id, its file (whose digest is in
 * its data) and its data, but for its related articles, which only the
 * article's own page shows and is given as entries of their own
 * (src/site/articles.ts). Every article's related articles may change when
 * articles are added; the listings it appears in need not.
 */
function entryKey(entry: ArticleEntry): string {
  let key = entryKeys.get(entry);
  if (key === undefined) {
    const { related: _related, ...shown } = entry.data;
    key = digest(JSON.stringify([entry.collection, entry.id, entry.filePath, shown]));
    entryKeys.set(entry, key);
  }
  return key;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

const isEntry = (value: unknown): value is ArticleEntry =>
  typeof value === 'object' &&
  value !== null &&
  'collection' in value &&
  'id' in value &&
  'data' in value;
