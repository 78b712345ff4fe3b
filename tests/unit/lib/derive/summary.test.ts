import { describe, expect, it } from 'vitest';
import { deriveSummary, SUMMARY_MAX } from '../../../../src/lib/derive/summary.ts';

describe('deriveSummary', () => {
  it('returns a short lead whole', () => {
    expect(deriveSummary('Talks resume on Monday. Both sides agreed.')).toBe(
      'Talks resume on Monday. Both sides agreed.',
    );
  });

  it('takes the whole sentences that fit in 160 characters', () => {
    const lead = `${'A first sentence that is fairly long and says a lot about the talks. '.repeat(2)}A third sentence that will not fit at all in the summary of this article.`;
    const summary = deriveSummary(lead);
    expect(summary).toBe(
      'A first sentence that is fairly long and says a lot about the talks. A first sentence that is fairly long and says a lot about the talks.',
    );
  });

  it('cuts a first sentence that is too long at a word, with an ellipsis', () => {
    const lead = `The ${'very '.repeat(40)}long sentence.`;
    const summary = deriveSummary(lead);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toMatch(/ very…$/u);
  });
});
