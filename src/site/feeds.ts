import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import { feedItems, feedText, type FeedItem } from '../lib/feed/feed-items.ts';
import { ATOM_PATH } from '../lib/urls.ts';
import { entryPath, loadArchive } from './articles.ts';
import { SITE_TITLE } from './config.ts';
import { absoluteHref } from './href.ts';

const DESCRIPTION = `The latest articles of ${SITE_TITLE}.`;

async function latestItems(): Promise<FeedItem[]> {
  const { articles } = await loadArchive();
  return feedItems(articles, (entry) => ({ ...entry.data, link: absoluteHref(entryPath(entry)) }));
}

/** The RSS 2.0 feed of the latest articles. */
export async function rssFeed(): Promise<string> {
  const items = await latestItems();
  return getRssString({
    // RSS readers take the channel's text as HTML too.
    title: feedText(SITE_TITLE),
    description: feedText(DESCRIPTION),
    site: absoluteHref('/'),
    items: items.map(({ date, ...item }) => ({ ...item, pubDate: date })),
  });
}

/**
 * The Atom feed of the latest articles, written by the `feed` package:
 * @astrojs/rss writes only RSS, and `feed` is the maintained, typed Atom
 * writer on npm. Its entries' title and summary are `type="html"`, hence the
 * escaped text of feedItems; the feed's own title is a plain text element.
 */
export async function atomFeed(): Promise<string> {
  const items = await latestItems();
  const home = absoluteHref('/');
  const feed = new Feed({
    id: home,
    link: home,
    title: SITE_TITLE,
    description: DESCRIPTION,
    feedLinks: { atom: absoluteHref(ATOM_PATH) },
    // The newest article's day, so an unchanged archive gives an unchanged feed.
    ...(items[0] && { updated: items[0].date }),
  });
  for (const { title, link, date, description } of items)
    feed.addItem({ title, link, date, published: date, description });
  return feed.atom1();
}
