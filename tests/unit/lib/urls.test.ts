import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  isArticlePath,
  listingPagePath,
  pageGroup,
  pageParam,
  periodPath,
  underBase,
} from '../../../src/lib/urls.ts';

describe('urls', () => {
  it('puts an article under its day', () => {
    expect(articlePath('2025-11-22', 'plan-ab12cd')).toBe('/2025/11/22/plan-ab12cd/');
  });

  it('makes every prefix of an article path a period page', () => {
    expect([periodPath('2025'), periodPath('2025-11'), periodPath('2025-11-22')]).toEqual([
      '/2025/',
      '/2025/11/',
      '/2025/11/22/',
    ]);
  });

  it('encodes slugs in other scripts', () => {
    expect(articlePath('2025-11-22', 'путин-ab12cd')).toBe(
      '/2025/11/22/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-ab12cd/',
    );
  });

  it('tells article paths from listing paths, under any base path', () => {
    expect(isArticlePath('/2025/11/22/plan-ab12cd/')).toBe(true);
    expect(isArticlePath('/archive/2025/11/22/plan-ab12cd/')).toBe(true);
    for (const path of [
      '/',
      '/2025/',
      '/2025/11/',
      '/2025/11/22/',
      '/2025/11/22/page/2/',
      '/2025/11/page/2/',
      '/search/',
    ]) {
      expect(isArticlePath(path), path).toBe(false);
    }
  });

  it('groups pages as articles, entity pages, story pages, date listings and others, under any base path', () => {
    const groups = {
      '/archive/2025/11/22/plan-ab12cd/': 'article',
      '/people/ada-okafor/': 'entity',
      '/archive/places/lagos/page/3/': 'entity',
      // An entity named "Page" is still an entity, whose page 2 is below its own path.
      '/organisations/page/': 'entity',
      '/organisations/page/page/2/': 'entity',
      '/stories/hartwell-industries-merger/': 'story',
      '/archive/stories/hartwell-industries-merger/page/2/': 'story',
      '/stories/': 'other',
      '/stories/page/2/': 'other',
      '/2025/': 'date',
      '/archive/2025/11/page/2/': 'date',
      '/2025/11/22/': 'date',
      '/': 'other',
      '/people/': 'other',
      '/people/page/2/': 'other',
      '/search/': 'other',
      '/404.html': 'other',
      '/rss.xml': 'other',
    };
    for (const [path, group] of Object.entries(groups)) expect(pageGroup(path), path).toBe(group);
  });

  it('keeps page 1 of a listing at the listing path', () => {
    expect(listingPagePath('/2025/11/', 1)).toBe('/2025/11/');
    expect(listingPagePath('/2025/11/', 3)).toBe('/2025/11/page/3/');
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, 'page/3']);
  });

  it('puts root-relative paths under the base path, with or without its final slash', () => {
    expect(underBase('/', '/2025/')).toBe('/2025/');
    expect(underBase('/archive/', '/2025/')).toBe('/archive/2025/');
    expect(underBase('/archive', '/search/')).toBe('/archive/search/');
  });

  it('makes absolute URLs under the site and base path', () => {
    expect(absoluteUrl('http://localhost:4321', '/', '/rss.xml')).toBe(
      'http://localhost:4321/rss.xml',
    );
    expect(absoluteUrl('https://news.example.org/', '/archive/', '/')).toBe(
      'https://news.example.org/archive/',
    );
    expect(
      absoluteUrl(
        new URL('https://news.example.org'),
        '/archive/',
        articlePath('2025-11-22', 'путин-ab12cd'),
      ),
    ).toBe('https://news.example.org/archive/2025/11/22/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-ab12cd/');
  });
});
