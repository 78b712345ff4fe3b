import { describe, expect, it } from 'vitest';
import { replaceForbiddenCodePoints } from '../../../../src/lib/seed/forbidden-code-points.ts';

describe('replaceForbiddenCodePoints', () => {
  it('replaces control characters, delete, C1 controls, noncharacters and lone surrogates', () => {
    const forbidden = [
      '\u0000',
      '\u0001',
      '\u0007',
      '\u000B',
      '\u001F',
      '\u007F',
      '\u0085',
      '\u009F',
      '\uFDD0',
      '\uFDEF',
      '\uFFFE',
      '\uFFFF',
      '\u{1FFFE}',
      '\u{10FFFF}',
      '\uD800',
      '\uDFFF',
    ];
    for (const code of forbidden)
      expect(replaceForbiddenCodePoints(`a${code}b`), JSON.stringify(code)).toBe('a\uFFFDb');
  });

  it('keeps the whitespace HTML allows and every other character, emoji and other scripts included', () => {
    const allowed =
      'tab\tline\nfeed\fcarriage\rreturn · “quotes” <b>&amp; 😀 👩🏽‍💻 Кириллица العربية 中文 \u00A0\u00A0\uFDCF\uFDF0\uFFFD';
    expect(replaceForbiddenCodePoints(allowed)).toBe(allowed);
  });
});
