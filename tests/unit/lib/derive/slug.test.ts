import { describe, expect, it } from 'vitest';
import { articleSlug, fileKey } from '../../../../src/lib/derive/slug.ts';

describe('articleSlug', () => {
  it('takes the first eight words of the headline, lower-cased, and a key of the file name', () => {
    expect(articleSlug('The Axios website revealed that President Donald Trump’s plan to end…', 'a.txt')).toBe(
      `the-axios-website-revealed-that-president-donald-trumps-${fileKey('a.txt')}`,
    );
  });

  it('gives two articles with the same headline different slugs', () => {
    expect(articleSlug('Same lead', 'one.txt')).not.toBe(articleSlug('Same lead', 'two.txt'));
  });

  it('depends on nothing but the headline and the file name', () => {
    expect(articleSlug('Same lead', 'one.txt')).toBe(articleSlug('Same lead', 'one.txt'));
  });

  it('strips accents from Latin letters and keeps letters of other scripts', () => {
    expect(articleSlug('Café Zürich réouvre', 'f')).toBe(`cafe-zurich-reouvre-${fileKey('f')}`);
    expect(articleSlug('Путин заявил о переговорах', 'f')).toBe(`путин-заявил-о-переговорах-${fileKey('f')}`);
  });

  it('drops punctuation and markup characters', () => {
    expect(articleSlug('<script>alert(1)</script> & *stars* [a](b)', 'f')).toBe(`script-alert-1-script-stars-a-b-${fileKey('f')}`);
  });

  it('is only the key when the headline has no letters or digits', () => {
    expect(articleSlug('🔥🔥 !!!', 'f')).toBe(fileKey('f'));
  });
});

describe('fileKey', () => {
  it('is six hex digits', () => {
    expect(fileKey('000_815220979afd3bec.txt')).toMatch(/^[0-9a-f]{6}$/u);
  });

  it('treats composed and decomposed spellings of a file name alike', () => {
    expect(fileKey('cafe\u0301.txt')).toBe(fileKey('café.txt'));
  });
});
