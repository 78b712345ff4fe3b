import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, linkToArticle } from '../../../../src/lib/search/highlight.ts';

describe('linkToArticle', () => {
  it('moves the highlight parameters of a search document URL onto its article', () => {
    const data = {
      url: `/12.html?${HIGHLIGHT_PARAM}=peace&${HIGHLIGHT_PARAM}=plan%C3%A9`,
      meta: { url: '/2025/11/22/a-plan-1a2b/', title: 'A plan' },
      excerpt: 'x',
    };
    expect(linkToArticle(data)).toEqual({
      ...data,
      url: `/2025/11/22/a-plan-1a2b/?${HIGHLIGHT_PARAM}=peace&${HIGHLIGHT_PARAM}=plan%C3%A9`,
    });
  });

  it('leaves the URL bare when Pagefind adds no parameter', () => {
    expect(linkToArticle({ url: '/3.html', meta: { url: '/base/2001/01/01/x/' } }).url).toBe(
      '/base/2001/01/01/x/',
    );
  });

  it('keeps Pagefind’s URL for a result without an article address', () => {
    const data = { url: `/3.html?${HIGHLIGHT_PARAM}=a`, meta: {} };
    expect(linkToArticle(data)).toBe(data);
  });
});
