import type { APIRoute } from 'astro';
import { atomFeed } from '../site/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(await atomFeed(), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
