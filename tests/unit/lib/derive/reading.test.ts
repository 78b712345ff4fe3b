import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../../src/lib/derive/reading.ts';

describe('countWords', () => {
  it('counts words, not punctuation or numbers separators', () => {
    expect(countWords(['The 28-point plan — “inspired” by Gaza.', 'Two more.'])).toBe(9);
  });

  it('counts words in scripts without spaces', () => {
    expect(countWords(['中方一贯支持对话'])).toBeGreaterThan(1);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(50)).toBe(1);
  });

  it('grows with the word count at about 230 words a minute', () => {
    expect(readingMinutes(644)).toBe(3);
    expect(readingMinutes(2300)).toBe(10);
  });
});
