import { describe, expect, it } from 'vitest';
import { isTableText } from '../../../../src/lib/derive/table-text.ts';

describe('isTableText', () => {
  it.each([
    ['a single earnings row', 'Shr loss 12 cts vs profit 37 cts'],
    [
      'earnings rows joined into one paragraph',
      'Shr 41 cts vs 29 cts Net 1,204,000 vs 873,000 Revs 18.6 mln vs 15.2 mln Avg shrs 2,937,000 vs 3,010,000',
    ],
    [
      'rows of a period with spelled-out numbers',
      'Nine mths Shr profit five cts vs loss 1.12 dlrs Net profit 310,000 vs loss 6.8 mln',
    ],
    [
      'rows followed by a note in prose',
      'Qtr ended Sept 30 Oper shr 18 cts vs 22 cts Oper net 2.4 mln vs 2.9 mln NOTE: Prior year net excludes a gain of 1.1 mln dlrs from the sale of a unit.',
    ],
    ['a price list', 'Gold 412.50 dlrs up 1.25 Silver 6.12 dlrs off 0.04 Platinum 561.00 unch'],
    ['quotes in fractions', 'Bid 12-1/4 Asked 12-3/4 Prev close 12-1/2'],
    ['a row of its own', 'Palladium 128.75 dlrs, unch'],
    ['futures for a delivery month', 'Wheat Mar 2.87-1/2 up 1 Corn Mar 1.59-1/2 up 1-1/4'],
  ])('finds %s', (_, text) => {
    expect(isTableText(text)).toBe(true);
  });

  it.each([
    [
      'a sentence about earnings',
      'Acme Corp said its first quarter net income rose to 12.4 mln dlrs from 9.1 mln dlrs a year earlier.',
    ],
    ['a short sentence with a price', 'Shares closed at 41.25 dlrs.'],
    ['a sentence without figures', 'Terms were not disclosed.'],
    ['a lead without figures', 'The U.S. Senate voted 61 to 38 to confirm the nominee on Tuesday.'],
    ['a slug line', 'MIDEAST GULF'],
    ['a note alone', 'NOTE: 1986 figures restated for a two-for-one split paid in May 1987.'],
    ['a title with a figure', 'A Surprising 28-Point Plan'],
  ])('does not take %s for a table', (_, text) => {
    expect(isTableText(text)).toBe(false);
  });
});
