import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX, headlineOf } from '../../../../src/lib/derive/headline.ts';

const deriveHeadline = (lead: string) => headlineOf(lead).text;

describe('deriveHeadline', () => {
  it('uses a whole first sentence that fits, without its full stop', () => {
    expect(deriveHeadline('Kyiv rejects the American peace plan. Talks resume on Monday.')).toBe(
      'Kyiv rejects the American peace plan',
    );
  });

  it('keeps a question or exclamation mark', () => {
    expect(deriveHeadline('Will the talks in Geneva succeed this time? Nobody knows.')).toBe(
      'Will the talks in Geneva succeed this time?',
    );
  });

  it('keeps an ellipsis the writer typed', () => {
    expect(deriveHeadline('And then the lights went out across the city...')).toBe(
      'And then the lights went out across the city...',
    );
  });

  it('adds a following sentence when the first is too short to say anything', () => {
    expect(deriveHeadline('Kyiv. The city woke to sirens after a night of strikes.')).toBe(
      'Kyiv. The city woke to sirens after a night of strikes',
    );
  });

  it('cuts a long lead at a word boundary, with an ellipsis, within the limit', () => {
    const lead =
      'The Axios website revealed that President Donald Trump’s plan to end the Ukraine war surprised officials in intelligence and the State Department, causing confusion.';
    const headline = deriveHeadline(lead);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(headline.endsWith('…')).toBe(true);
    expect(lead.startsWith(headline.slice(0, -1))).toBe(true);
    expect(lead.charAt(headline.length - 1)).toBe(' ');
  });

  it('prefers a clause boundary that leaves a long enough headline', () => {
    const lead =
      'Officials in Washington, Brussels and Kyiv met for six hours on Thursday to discuss the plan, which drew criticism from allies of every kind and from many lawmakers.';
    expect(deriveHeadline(lead)).toBe(
      'Officials in Washington, Brussels and Kyiv met for six hours on Thursday to discuss the plan…',
    );
  });

  it('does not end on a word like "the" or "of"', () => {
    const lead = `${'word '.repeat(18)}and the end of the sentence is far away from here, beyond the limit of a headline`;
    expect(deriveHeadline(lead)).not.toMatch(/\b(the|of|and)…$/u);
  });

  it('cuts text without spaces (CJK) at a word boundary from the segmenter', () => {
    const lead =
      '中华人民共和国外交部发言人今天在例行记者会上表示中方一贯支持通过对话协商和平解决乌克兰危机各方应当保持克制避免局势进一步升级并为恢复和谈创造条件国际社会对此表示欢迎并希望各方能够尽快回到谈判桌前';
    const headline = deriveHeadline(lead);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(lead.startsWith(headline.slice(0, -1))).toBe(true);
  });

  it('cuts a single over-long token at a character boundary, never splitting an emoji', () => {
    const lead = '🇺🇦'.repeat(80);
    const headline = deriveHeadline(lead);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(headline.slice(0, -1)).toBe('🇺🇦'.repeat(24));
  });

  it('returns a short lead without punctuation as it is', () => {
    expect(deriveHeadline('Ceasefire holds in the east')).toBe('Ceasefire holds in the east');
  });

  it('does not stop at the full stop of an abbreviation', () => {
    expect(
      deriveHeadline(
        'Delmar Gold Corp said it has filed with the U.S. Securities and Exchange Commission for an offering of 2.5 mln shares.',
      ),
    ).toBe(
      'Delmar Gold Corp said it has filed with the U.S. Securities and Exchange Commission for an offering…',
    );
  });

  it('keeps the full stop of an abbreviation that ends the sentence', () => {
    expect(deriveHeadline('Japan sold more cars to the U.S. The rise was small.')).toBe(
      'Japan sold more cars to the U.S.',
    );
  });

  it.each([
    [
      'an initial',
      'Corwin Bancorp Inc said its board elected Nathan C. Smith president and chief executive of the bank holding company.',
      /Nathan C\. Smith/u,
    ],
    [
      'a title',
      'The agriculture committee of the House of Representatives heard testimony on Tuesday from Sen. Alan Pruett of Iowa.',
      /[^.]…$/u,
    ],
    [
      'inside a name',
      'Farm groups in the Midwest sent a letter of protest about the corn plan on Friday to the Chicago Board of Trade.',
      /[^…]$|(?<!Chicago|Board|Board of)…$/u,
    ],
  ])('does not end on %s', (_, lead, expected) => {
    const headline = deriveHeadline(lead);
    expect(headline).toMatch(expected);
    expect(headline).not.toMatch(/\b(?:Sen|C|Chicago|Board|of)…$/u);
  });

  it('does not end on a figure whose unit follows', () => {
    const headline = deriveHeadline(
      'Norland Paper Co said on Monday it would pay 42 dlrs a share in cash for all of the shares of Lamont Mills Inc of Maine.',
    );
    expect(headline).not.toMatch(/\d…$/u);
    expect(headline.endsWith('…')).toBe(true);
  });

  it('is at least 30 characters when the lead is longer, even after a very short first sentence', () => {
    const headline = deriveHeadline(
      'Oil. Prices for crude delivered in August rose on Thursday in New York and London after the ministers agreed to raise output.',
    );
    expect(headline.length).toBeGreaterThanOrEqual(30);
    expect(headline.startsWith('Oil. Prices for crude')).toBe(true);
  });

  it('does not cut at an appositive name when that drops the verb, and keeps the name', () => {
    expect(
      deriveHeadline(
        'Dunmore Instruments Corp said its secretary, Alan Kettering, and his wife died in a fire at their home in Stamford, Conn., on Sunday.',
      ),
    ).toBe(
      'Dunmore Instruments Corp said its secretary, Alan Kettering, and his wife died in a fire…',
    );
  });

  it('leaves out an appositive name when the verb after it would not fit with it', () => {
    const lead =
      'Larchmont Business Machines Corp said its recently elected secretary, Alan Kettering, and his wife were killed in a fire that destroyed their home in Stamford, Connecticut, early on Sunday.';
    expect(deriveHeadline(lead)).toBe(
      'Larchmont Business Machines Corp said its recently elected secretary and his wife were killed…',
    );
    // The summary goes on from the headline's end in the lead, past the name.
    expect(lead.slice(headlineOf(lead).end)).toMatch(/^ in a fire/u);
  });

  it('leaves out a description of the subject so that its verb fits', () => {
    expect(
      deriveHeadline(
        'The Gull Star, one of the four tankers from Kuwait escorted by the U.S. Navy this month, struck a mine in the Gulf on Friday.',
      ),
    ).toBe('The Gull Star struck a mine in the Gulf on Friday');
  });

  it('keeps a list whole, which is not an aside', () => {
    expect(
      deriveHeadline(
        'Britain, France, Italy and Spain agreed on Monday to coordinate their interest rate policy more closely to calm currency markets.',
      ),
    ).toMatch(/^Britain, France, Italy and Spain agreed/u);
  });

  it('leaves the dateline out', () => {
    expect(
      deriveHeadline('FRANKFURT, Jan. 22 - The Bundesbank cut its discount rate on Thursday.'),
    ).toBe('The Bundesbank cut its discount rate on Thursday');
  });
});
