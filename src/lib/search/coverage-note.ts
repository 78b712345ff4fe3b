import { formatCount } from '../text.ts';
import type { Coverage } from './sharded-search.ts';

/** A piece of the coverage note: text, or a date for the page to show in a `<time>`. */
export type NotePart = string | { date: string };

/**
 * What the search page says under the result count while part of the archive
 * is still unsearched: "Searched 2,500 of 100,000 articles, from 3 May 2019
 * to 9 June 2024.", or "… on 15 June 2024." when the shards searched so far
 * hold a single day.
 */
export function coverageNote({ searched, reachable, from, to }: Coverage): NotePart[] {
  const counted = `Searched ${formatCount(searched)} of ${formatCount(reachable)} articles`;
  return from === to
    ? [`${counted}, on `, { date: from }, '.']
    : [`${counted}, from `, { date: from }, ' to ', { date: to }, '.'];
}
