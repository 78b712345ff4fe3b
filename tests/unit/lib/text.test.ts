import { describe, expect, it } from 'vitest';
import {
  countLabel,
  escapeForLog,
  formatCount,
  ownCopy,
  pageNote,
  plural,
  quoteForLog,
  spanLabel,
} from '../../../src/lib/text.ts';

describe('countLabel', () => {
  it('uses the singular for one and groups thousands', () => {
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(0, 'article')).toBe('0 articles');
    expect(countLabel(12345, 'article')).toBe('12,345 articles');
  });
});

describe('spanLabel', () => {
  it('names the items a later page of a listing holds, by their places in it', () => {
    expect(spanLabel(200, 200, 'article')).toBe('Articles 201 to 400');
    expect(spanLabel(1200, 1, 'article')).toBe('Article 1,201');
  });
});

describe('formatCount and plural', () => {
  it('give the two halves of a count label, for a count shown apart from its noun', () => {
    expect([formatCount(1), plural(1, 'article')]).toEqual(['1', 'article']);
    expect([formatCount(12345), plural(12345, 'article')]).toEqual(['12,345', 'articles']);
  });
});

describe('pageNote', () => {
  it('names the page of a listing split into pages, and nothing for one page', () => {
    expect(pageNote({ number: 2, count: 1200 })).toBe(', page 2 of 1,200');
    expect(pageNote({ number: 1, count: 1 })).toBe('');
  });
});

describe('escapeForLog and quoteForLog', () => {
  it('write control and format characters as escapes, so a name or quote cannot reorder or hide part of a terminal line', () => {
    expect(escapeForLog('Invoice \u202Egpj.exe\u202C.txt\u0007')).toBe(
      'Invoice \\u{202E}gpj.exe\\u{202C}.txt\\u{7}',
    );
    expect(quoteForLog('say "\u2067hi\u2069"')).toBe('"say \\"\\u{2067}hi\\u{2069}\\""');
  });
});

describe('ownCopy', () => {
  it('gives the same text, whatever its script', () => {
    for (const text of ['Bundesbank', 'Zoë Müller', 'Київ', '東京', 'a😀b', ''])
      expect(ownCopy(text)).toBe(text);
  });
});
