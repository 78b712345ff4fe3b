import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';
import { SITEMAP_INDEX_PATH } from '../lib/urls.ts';
import { absoluteHref } from '../site/href.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteHref(SITEMAP_INDEX_PATH)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
