import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../../../src/lib/search/search-record.ts';

describe('searchRecord', () => {
  it('indexes headline and body text, with date metadata, year and month filters and a date sort', () => {
    const record = searchRecord(
      {
        date: '2025-11-22',
        headline: 'The plan <b>surprised</b> officials',
        blocks: [
          { kind: 'paragraph', text: 'The plan <b>surprised</b> officials.', line: 1 },
          { kind: 'heading', text: 'A Heading', line: 3 },
        ],
      },
      '/2025/11/22/the-plan-abc123/',
    );
    expect(record).toEqual({
      url: '/2025/11/22/the-plan-abc123/',
      content: 'The plan <b>surprised</b> officials\nThe plan <b>surprised</b> officials.\nA Heading',
      language: 'en',
      meta: { title: 'The plan <b>surprised</b> officials', date: '2025-11-22', published: '22 November 2025' },
      filters: { year: ['2025'], month: ['2025-11'] },
      sort: { date: '2025-11-22' },
    });
  });
});
