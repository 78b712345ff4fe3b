import { stringifyEntities } from 'stringify-entities';
import { utcDate } from '../dates.ts';

/** Articles in each feed: the newest, as readers show the latest first. */
export const FEED_SIZE = 50;

export interface FeedSource {
  /** `YYYY-MM-DD`. */
  date: string;
  headline: string;
  summary: string;
  /** The article page's absolute URL. */
  link: string;
}

export interface FeedItem {
  /** The headline, as HTML text (see feedText). */
  title: string;
  /** The article page's absolute URL. */
  link: string;
  /** Midnight UTC of the article's day: articles have a date, no time. */
  date: Date;
  /** The summary, as HTML text. */
  description: string;
}

/**
 * The feed items of the newest `size` articles of a list sorted oldest first,
 * newest first. `source` is asked only for those.
 */
export function feedItems<T>(
  oldestFirst: readonly T[],
  source: (article: T) => FeedSource,
  size = FEED_SIZE,
): FeedItem[] {
  return oldestFirst
    .slice(Math.max(oldestFirst.length - size, 0))
    .reverse()
    .map((article) => {
      const { date, headline, summary, link } = source(article);
      return {
        title: feedText(headline),
        link,
        date: utcDate(date),
        description: feedText(summary),
      };
    });
}

/**
 * Characters XML 1.0 cannot hold, not even as a character reference. Seed
 * text may contain them (a stray control character in a paste), and one of
 * them would make the whole feed unreadable.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu;

/**
 * Seed text escaped as HTML. Readers take a feed's titles and descriptions as
 * HTML: Atom's `type="html"`, which the `feed` package always writes, says
 * so, and RSS readers do so by custom. Escaped, `<script>` or `&amp` shows as
 * written instead of becoming markup or `&`, and no `]]>` is left to end the
 * CDATA section `feed` wraps the text in. What XML cannot hold becomes U+FFFD.
 */
export function feedText(text: string): string {
  // Only what HTML needs in text: readers that take the text as plain still show quotes as they are.
  return stringifyEntities(text.replace(NOT_XML, '\uFFFD'), {
    subset: ['&', '<', '>'],
    useNamedReferences: true,
  });
}
