import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleSlug,
  fileKey,
  foldMarks,
  LAST_KEY_LEVEL,
  SLUG_MAX_BYTES,
} from '../../../../src/lib/derive/slug.ts';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** The slug without its key: the words it took from the headline. */
const wordsOf = (slug: string) => slug.split('-').slice(0, -1);

describe('articleSlug', () => {
  it('takes the first eight words of the headline, lower-cased, and a key of the file name', () => {
    expect(
      articleSlug('The Axios website revealed that President Donald Trump’s plan to end…', 'a.txt'),
    ).toBe(`the-axios-website-revealed-that-president-donald-trumps-${fileKey('a.txt')}`);
  });

  it('gives two articles with the same headline different slugs', () => {
    expect(articleSlug('Same lead', 'one.txt')).not.toBe(articleSlug('Same lead', 'two.txt'));
  });

  it('depends on nothing but the headline and the file name', () => {
    expect(articleSlug('Same lead', 'one.txt')).toBe(articleSlug('Same lead', 'one.txt'));
  });

  it('strips accents from Latin, Greek and Cyrillic letters', () => {
    expect(articleSlug('Café Zürich réouvre', 'f')).toBe(`cafe-zurich-reouvre-${fileKey('f')}`);
    expect(articleSlug('Путин заявил о переговорах', 'f')).toBe(
      `путин-заявил-о-переговорах-${fileKey('f')}`,
    );
    expect(articleSlug('Η Αθήνα ψηφίζει', 'f')).toBe(`η-αθηνα-ψηφιζει-${fileKey('f')}`);
  });

  it.each([
    ['Devanagari vowel signs and viramas', 'प्रधानमंत्री ने योजना बताई', 'प्रधानमंत्री-ने-योजना-बताई'],
    ['Thai vowels and tone marks', 'รัฐบาล ประกาศ แผน ใหม่', 'รัฐบาล-ประกาศ-แผน-ใหม่'],
    ['Hebrew points', 'שָׁלוֹם עֲלֵיכֶם', 'שָׁלוֹם-עֲלֵיכֶם'],
    ['Arabic vowel marks', 'مُحَمَّد يَكْتُبُ', 'مُحَمَّد-يَكْتُبُ'],
    ['Japanese voiced marks', 'ガザ で 停戦', 'ガザ-で-停戦'],
  ])('keeps the marks of other scripts: %s', (_script, headline, words) => {
    expect(articleSlug(headline, 'f')).toBe(`${words.normalize('NFC')}-${fileKey('f')}`);
  });

  it('is NFC, whatever the headline’s normalisation', () => {
    for (const headline of ['प्रधानमंत्री ने कहा', '한국 정부는 발표했다', 'Café', 'ガザ']) {
      const slug = articleSlug(headline.normalize('NFD'), 'f');
      expect(slug).toBe(slug.normalize('NFC'));
      expect(slug).toBe(articleSlug(headline.normalize('NFC'), 'f'));
    }
  });

  it('drops punctuation and markup characters', () => {
    expect(articleSlug('<script>alert(1)</script> & *stars* [a](b)', 'f')).toBe(
      `script-alert-1-script-stars-a-b-${fileKey('f')}`,
    );
  });

  it('drops emoji, keeping the words around them', () => {
    expect(articleSlug('Flooding 🌊🌊 hits the coast 🚨', 'f')).toBe(
      `flooding-hits-the-coast-${fileKey('f')}`,
    );
  });

  it('is only the key when the headline has no letters or digits', () => {
    expect(articleSlug('🔥🔥 !!!', 'f')).toBe(fileKey('f'));
  });

  const longLeads = {
    Georgian:
      'საქართველოს პარლამენტმა დღეს მიიღო ახალი კანონი რომელიც ადგილობრივი თვითმმართველობის რეფორმას ეხება',
    Devanagari: 'राष्ट्रीय राजधानी क्षेत्र में प्रदूषण नियंत्रण प्राधिकरण ने आपातकालीन प्रतिबंधों की घोषणा की',
    CJK: '中国外交部发言人今天在例行记者会上表示中方一贯支持通过对话和谈判和平解决危机并呼吁各方保持克制',
    emoji: '🇺🇦🇺🇦 Гуманітарна допомога 🚚🚚 прибула до Харкова 📦📦 після тривалих переговорів 🕊️',
  };

  it.each(Object.entries(longLeads))(
    'fits %s headlines in SLUG_MAX_BYTES of UTF-8, cut after a whole word',
    (_script, headline) => {
      const slug = articleSlug(headline, 'f');
      expect(bytes(slug)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
      expect(slug.endsWith(`-${fileKey('f')}`)).toBe(true);
      const words = wordsOf(slug);
      expect(words.length).toBeGreaterThan(0);
      // Whole words of the headline, in order, from its start.
      const all = foldMarks(headline)
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        .filter(Boolean);
      if (/\p{sc=Han}/u.test(headline)) expect(all.join('').startsWith(words.join(''))).toBe(true);
      else expect(words).toEqual(all.slice(0, words.length));
    },
  );

  it('cuts a single word longer than the room inside it, at a character, leaving no stray mark', () => {
    const slug = articleSlug('ა'.repeat(100), 'f');
    expect(bytes(slug)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
    expect(wordsOf(slug)[0]).toMatch(/^ა+$/u);
    const marked = articleSlug('कि'.repeat(50), 'f');
    expect(bytes(marked)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
    expect(wordsOf(marked)[0]).toMatch(/^(?:कि)+$/u);
  });

  it('keeps the byte bound with the longer keys of a clash', () => {
    for (let level = 0; level <= LAST_KEY_LEVEL; level++) {
      const slug = articleSlug(longLeads.Georgian, 'f', level);
      expect(bytes(slug)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
      expect(slug.endsWith(`-${fileKey('f', level)}`)).toBe(true);
    }
  });

  it('fits SLUG_MAX_BYTES and is NFC for any headline and key level', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        fc.integer({ min: 0, max: LAST_KEY_LEVEL }),
        (headline, level) => {
          const slug = articleSlug(headline, 'f.txt', level);
          expect(bytes(slug)).toBeLessThanOrEqual(SLUG_MAX_BYTES);
          expect(slug).toBe(slug.normalize('NFC'));
          expect(slug.endsWith(fileKey('f.txt', level))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fileKey', () => {
  it('is six hex digits, then twelve, then the whole hash at the last level', () => {
    expect(fileKey('000_815220979afd3bec.txt')).toMatch(/^[0-9a-f]{6}$/u);
    expect(fileKey('000_815220979afd3bec.txt', 1)).toMatch(/^[0-9a-f]{12}$/u);
    expect(fileKey('000_815220979afd3bec.txt', LAST_KEY_LEVEL)).toMatch(/^[0-9a-f]{64}$/u);
    expect(
      fileKey('000_815220979afd3bec.txt', 1).startsWith(fileKey('000_815220979afd3bec.txt')),
    ).toBe(true);
  });

  it('tells apart the two names whose six-digit keys are the same', () => {
    expect(fileKey('report-1737.txt')).toBe(fileKey('report-6328.txt'));
    expect(fileKey('report-1737.txt', 1)).not.toBe(fileKey('report-6328.txt', 1));
  });

  it('treats composed and decomposed spellings of a file name alike, but for the last level', () => {
    expect(fileKey('cafe\u0301.txt')).toBe(fileKey('café.txt'));
    expect(fileKey('cafe\u0301.txt', 1)).toBe(fileKey('café.txt', 1));
    expect(fileKey('cafe\u0301.txt', LAST_KEY_LEVEL)).not.toBe(fileKey('café.txt', LAST_KEY_LEVEL));
  });
});

describe('foldMarks', () => {
  it('folds case and Latin accents, as name keys need', () => {
    expect(foldMarks('ZELENSKYY Kraków')).toBe('zelenskyy krakow');
  });

  it('keeps the vowel signs of Devanagari', () => {
    expect(foldMarks('हिन्दी')).toBe('हिन्दी');
  });
});
