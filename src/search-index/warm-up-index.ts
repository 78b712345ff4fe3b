import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packFiles } from '../lib/search/archive-index/file-pack.ts';
import {
  ARCHIVE_FOLDER,
  WARM_UP_FILE,
  WARM_UP_QUERY,
  fragmentFile,
} from '../lib/search/archive-index/layout.ts';
import { SIGNATURE, WEIGHT_SCALE, type PagefindFragment } from '../lib/search/pagefind-format.ts';
import { queryTerms } from '../lib/search/query-terms.ts';
import { monthOf, yearOf } from '../lib/timeline/group.ts';
import { buildArchiveIndex, type DecodedShard } from './archive-index.ts';

/**
 * The warm-up index: a few invented pages, in the archive index's format,
 * which the search page searches as it opens (src/client/search-page.ts), so
 * that a reader's first query does not run the engine's code cold
 * (docs/performance.md#search-in-the-browser). Its query's two words are on
 * enough pages to be cut into several tiers, as a common word's are.
 */
const PAGES = 24;
const TIERS = [4, 8];
const META_FIELDS = ['date', 'title', 'url'];

/** The invented page `page`: the query's first word on every page, its second on every other one. */
function invented(page: number): { date: string; title: string; content: string; words: string[] } {
  const date = new Date(Date.UTC(2000, 0, 1 + page)).toISOString().slice(0, 10);
  const [first, second] = WARM_UP_QUERY.split(' ');
  const title = `Page ${page + 1} of the ${first} index`;
  const sentences = [
    `This page was made up to be searched before a reader's first ${first} query.`,
    page % 2 === 0
      ? `Its ${second} words come back ${1 + (page % 5)} times in ${second} order.`
      : '',
    `It is dated ${date} and says nothing about the world.`,
  ];
  const content = `${title}. ${sentences.filter(Boolean).join(' ')}`;
  return { date, title, content, words: queryTerms(content) };
}

/** The invented pages as the archive index takes a shard, with their fragments' bytes. */
function warmUpShard(): { shard: DecodedShard; fragments: Uint8Array[] } {
  const pages = Array.from({ length: PAGES }, (_, page) => invented(page));
  const postings = new Map<string, DecodedShard['words'][number]['pages']>();
  const titleField = META_FIELDS.indexOf('title');
  for (const [page, { title, words }] of pages.entries()) {
    const counts = new Map<string, number>();
    for (const term of words) counts.set(term, (counts.get(term) ?? 0) + 1);
    const inTitle = new Set(queryTerms(title));
    for (const [word, locations] of counts)
      (postings.get(word) ?? postings.set(word, []).get(word)!).push({
        page,
        weight: WEIGHT_SCALE * locations,
        locations,
        metaFields: inTitle.has(word) ? [titleField] : [],
      });
  }
  const filters: DecodedShard['filters'] = { year: {}, month: {} };
  for (const [page, { date }] of pages.entries()) {
    (filters['year']![yearOf(date)] ??= []).push(page);
    (filters['month']![monthOf(date)] ??= []).push(page);
  }
  const fragments = pages.map(({ date, title, content, words }, page) => {
    const url = `/search/#warm-up-${page}`;
    const fragment: PagefindFragment = {
      url,
      content,
      word_count: words.length,
      filters: {},
      meta: { date, title, url },
      anchors: [],
    };
    return new TextEncoder().encode(`${SIGNATURE}${JSON.stringify(fragment)}`);
  });
  return {
    shard: {
      pages: pages.map(({ words }, page) => ({ hash: `warm-up-${page}`, wordCount: words.length })),
      byDate: pages.map((_, page) => page),
      dates: pages.map(({ date }) => date),
      words: [...postings]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([word, found]) => ({ word, pages: found })),
      metaFields: META_FIELDS,
      filters,
      fragments: pages.map((_, page) => `warm-up-${page}`),
    },
    fragments,
  };
}

/** Writes the warm-up index into the search bundle `folder`, as WARM_UP_FILE. */
export async function writeWarmUpIndex(folder: string): Promise<void> {
  const { shard, fragments } = warmUpShard();
  const files = new Map<string, Uint8Array>();
  const index = buildArchiveIndex(
    [shard],
    {},
    { tiers: TIERS, chunkBytes: 1024, bucketBytes: 1024 },
  );
  // Each file as the engine reads it, gunzipped: the pack is gzipped as a whole.
  for (const [path, bytes] of index) files.set(`${ARCHIVE_FOLDER}/${path}`, gunzipSync(bytes));
  for (const [doc, bytes] of fragments.entries()) files.set(fragmentFile(doc), bytes);
  const target = join(folder, WARM_UP_FILE);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, gzipSync(packFiles(files)));
}
