import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, scriptJson } from '../../../../src/lib/meta/json-ld.ts';

const facts = {
  headline: 'Plan surprised officials',
  description: 'The plan surprised officials in Washington.',
  url: 'https://news.example.org/archive/2025/11/22/plan-ab12cd/',
  datePublished: '2025-11-22',
  site: { name: 'News Archive', url: 'https://news.example.org/archive/' },
};

describe('JSON-LD', () => {
  it('describes a NewsArticle with its headline, description, date and URL', () => {
    expect(JSON.parse(newsArticleJsonLd(facts))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: facts.headline,
      description: facts.description,
      url: facts.url,
      mainEntityOfPage: facts.url,
      datePublished: '2025-11-22',
      isPartOf: {
        '@type': 'WebSite',
        name: 'News Archive',
        url: 'https://news.example.org/archive/',
      },
      publisher: {
        '@type': 'Organization',
        name: 'News Archive',
        url: 'https://news.example.org/archive/',
      },
    });
  });

  it('keeps hostile text whole and leaves no "<" to end or alter the script block', () => {
    const headline = '</script><script>alert(1)</script> <!-- "quoted" \\ \u2028 & 🕊️';
    const json = newsArticleJsonLd({ ...facts, headline, description: '</SCRIPT >' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toMatchObject({ headline, description: '</SCRIPT >' });
  });

  it('escapes "<" anywhere in a value, keys included', () => {
    expect(scriptJson({ '<a>': ['<', '<<'] })).toBe('{"\\u003ca>":["\\u003c","\\u003c\\u003c"]}');
  });
});
