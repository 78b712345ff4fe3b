import { describe, expect, it } from 'vitest';
import { socialMeta, type MetaTag } from '../../../../src/lib/meta/social-meta.ts';

const page = {
  title: 'Search',
  description: 'Search every article.',
  url: 'https://news.example.org/archive/search/',
  siteName: 'News Archive',
};
const asObject = (tags: MetaTag[]) =>
  Object.fromEntries(tags.map((tag) => [`${tag.attribute} ${tag.key}`, tag.content]));

describe('social meta', () => {
  it('describes a page that is not an article as a website', () => {
    expect(asObject(socialMeta(page))).toEqual({
      'property og:title': 'Search',
      'property og:description': 'Search every article.',
      'property og:url': 'https://news.example.org/archive/search/',
      'property og:type': 'website',
      'property og:site_name': 'News Archive',
      'name twitter:card': 'summary',
      'name twitter:title': 'Search',
      'name twitter:description': 'Search every article.',
    });
  });

  it('describes an article with its publication date', () => {
    const tags = asObject(socialMeta({ ...page, title: 'A headline', published: '2025-11-22' }));
    expect(tags['property og:type']).toBe('article');
    expect(tags['property article:published_time']).toBe('2025-11-22');
    expect(tags['name twitter:title']).toBe('A headline');
  });

  it('passes text through unchanged, for the page to escape as attributes', () => {
    const title = '<script>alert(1)</script> "q" &amp';
    expect(asObject(socialMeta({ ...page, title }))['property og:title']).toBe(title);
  });
});
