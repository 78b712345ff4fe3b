import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, hasWord, readingMinutes } from '../../../../src/lib/derive/reading.ts';
import { SEED_FILES, seedText } from '../../seeds.ts';

describe('countWords', () => {
  it('counts words, not punctuation or numbers separators', () => {
    expect(countWords(['The 28-point plan — “inspired” by Gaza.', 'Two more.'])).toBe(9);
  });

  it('counts words in scripts without spaces', () => {
    expect(countWords(['中方一贯支持对话'])).toBeGreaterThan(1);
  });

  it('counts as the word segmenter does, for text with spaces', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const texts = [
      "Trump's envoy, Steve Witkoff, met U.S. officials at 10:30 on 24–26 October; 1,000 people — “inspired” — watched.",
      'Путин заявил, что переговоры продолжатся. أعلنت الحكومة اليوم عن خطة جديدة. Café crème à 3,50 €.',
      seedText(SEED_FILES.nov22),
      seedText(SEED_FILES.nov19),
    ];
    for (const text of texts) {
      const segmented = [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
      expect(countWords([text])).toBe(segmented);
    }
  });
});

describe('hasWord', () => {
  it('finds a word exactly where countWords counts one', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.constantFrom('!', '々', '\u0301', 'ั', '中', '🔥', ' ', '\u200b', '៰'),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 8 }).map((parts) => parts.join('')),
        (text) => hasWord(text) === countWords([text]) > 0,
      ),
      { numRuns: 2000 },
    );
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
