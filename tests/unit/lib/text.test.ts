import { describe, expect, it } from 'vitest';
import { countLabel } from '../../../src/lib/text.ts';

describe('countLabel', () => {
  it('uses the singular for one and groups thousands', () => {
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(0, 'article')).toBe('0 articles');
    expect(countLabel(12345, 'article')).toBe('12,345 articles');
  });
});
