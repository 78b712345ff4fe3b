import { describe, expect, it } from 'vitest';
import { deriveHeadline, HEADLINE_MAX } from '../../../../src/lib/derive/headline.ts';

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
});
