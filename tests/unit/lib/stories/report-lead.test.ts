import { describe, expect, it } from 'vitest';
import { reportLead } from '../../../../src/lib/stories/report-lead.ts';

describe('reportLead', () => {
  it('is the first paragraph of prose, after a slug line and a table', () => {
    expect(
      reportLead([
        { kind: 'paragraph', text: 'MIDEAST GULF', line: 1 },
        { kind: 'paragraph', text: 'Shr 62 cts vs 76 cts\nNet 8.1 mln vs 9.9 mln', line: 3 },
        {
          kind: 'paragraph',
          text: 'Iraq said its warplanes hit two large ships on Monday.',
          line: 6,
        },
        { kind: 'paragraph', text: 'A military spokesman in Baghdad said so.', line: 8 },
      ]),
    ).toBe('Iraq said its warplanes hit two large ships on Monday.');
  });

  it('is none for a report of tables only', () => {
    expect(
      reportLead([
        { kind: 'paragraph', text: 'Gold 421.50 up 2.25\nSilver 6.48 up 0.12', line: 1 },
      ]),
    ).toBeUndefined();
  });
});
