import { describe, expect, it } from 'vitest';
import { isSlugLine } from '../../../../src/lib/derive/slug-line.ts';

describe('isSlugLine', () => {
  it.each(['MIDEAST GULF', 'KELSO INDUSTRIES INC <KLS> 4TH QTR NET', 'U.S. ECONOMY'])(
    'finds a slug line in %s',
    (text) => {
      expect(isSlugLine(text)).toBe(true);
    },
  );

  it.each([
    ['a heading in title case', 'Russian Demands in the Plan'],
    ['a sentence typed in capitals', 'THE SENATE PASSED THE BILL ON TUESDAY.'],
    ['text in a script without case', '中方支持通过对话解决危机'],
    ['a single capital', 'A'],
  ])('does not take %s for a slug line', (_, text) => {
    expect(isSlugLine(text)).toBe(false);
  });
});
