import type { APIRoute } from 'astro';
import { rssFeed } from '../site/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(await rssFeed(), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
