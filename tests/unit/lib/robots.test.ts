import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/lib/robots.ts';

describe('robots.txt', () => {
  it('allows every crawler and names the sitemap', () => {
    expect(robotsTxt('https://news.example.org/archive/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/archive/sitemap-index.xml\n',
    );
  });
});
