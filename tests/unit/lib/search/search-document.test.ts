import { describe, expect, it } from 'vitest';
import { searchDocument, searchDocumentText } from '../../../../src/lib/search/search-document.ts';

describe('searchDocument', () => {
  const html = searchDocument(
    {
      date: '2025-11-22',
      headline: 'The plan <b>surprised</b> "officials" & more',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The plan <script>alert(1)</script> surprised officials.',
          line: 1,
        },
        { kind: 'heading', text: 'A Heading', line: 3 },
      ],
    },
    '/2025/11/22/the-plan-abc123/',
    [
      { kind: 'person', slug: 'rustem-umerov', name: 'Rustem Umerov' },
      { kind: 'organisation', slug: 'x', name: 'Smith, Jones & "Co" <b>' },
    ],
  );

  it('holds the headline and every block as escaped text, for Pagefind to index', () => {
    expect(html).toContain(
      '<h1 data-pagefind-meta="title">The plan &#x3C;b>surprised&#x3C;/b> "officials" &#x26; more</h1>',
    );
    expect(html).toContain(
      '<p>The plan &#x3C;script>alert(1)&#x3C;/script> surprised officials.</p><p>A Heading</p>',
    );
    expect(html).not.toContain('<script');
  });

  it('carries the URL and dates as metadata, year and month as filters, the date as sort key', () => {
    expect(html).toContain('data-url="/2025/11/22/the-plan-abc123/"');
    expect(html).toContain(
      'data-date="2025-11-22" data-published="22 November 2025" data-year="2025" data-month="2025-11"',
    );
    expect(html).toContain(
      'data-pagefind-meta="url[data-url], date[data-date], published[data-published]"',
    );
    expect(html).toContain('data-pagefind-filter="year[data-year], month[data-month]"');
    expect(html).toContain('data-pagefind-sort="date[data-date]"');
    expect(
      html.startsWith('<!doctype html><html lang="en"><body><article data-pagefind-body'),
    ).toBe(true);
  });

  it('leaves out the body’s bidirectional controls, which would reorder the excerpts Pagefind joins from several blocks', () => {
    const document = searchDocument(
      {
        date: '2024-06-04',
        headline: 'Invoice gpj.exe',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Open nothing: \u202Eexe.gpj \u2067sender\u2069 \u200Fnow',
            line: 1,
          },
        ],
      },
      '/2024/06/04/invoice-abc123/',
    );
    expect(document).toContain('<p>Open nothing: exe.gpj sender now</p>');
  });

  it('carries each entity as a filter value of its own, escaped, adding no text', () => {
    expect(html).toContain(
      '<span data-pagefind-filter="people[data-name]" data-name="Rustem Umerov"></span>',
    );
    expect(html).toContain(
      '<span data-pagefind-filter="organisations[data-name]" data-name="Smith, Jones &#x26; &#x22;Co&#x22; <b>"></span>',
    );
  });

  it('carries its story’s name as the story filter, and no story filter for an article outside any', () => {
    const article = { date: '1987-04-02', headline: 'Brandt bids', blocks: [] };
    const story = { slug: 'hartwell', name: 'Hartwell Industries merger: Brandt Group' };
    expect(searchDocument(article, '/a/', [], story)).toContain(
      '<span data-pagefind-filter="story[data-name]" data-name="Hartwell Industries merger: Brandt Group"></span>',
    );
    expect(searchDocument(article, '/a/')).not.toContain('story[');
  });
});

describe('searchDocumentText', () => {
  it('gives the headline and body words, none of the attributes, even a name holding > and quotes', () => {
    const html = searchDocument(
      {
        date: '1987-03-02',
        headline: 'Bundesbank holds rate',
        blocks: [{ kind: 'paragraph', text: 'Price > cost & AT&T <said> "so".', line: 1 }],
      },
      '/1987/03/02/bundesbank/',
      [{ kind: 'organisation', slug: 'x', name: 'Smith > Jones "Quux" Co' }],
    );
    const words = searchDocumentText(html).split(/\s+/u).filter(Boolean);
    expect(words).toEqual([
      'Bundesbank',
      'holds',
      'rate',
      'Price',
      '>',
      'cost',
      'AT',
      'T',
      'said>',
      '"so".',
    ]);
  });
});
