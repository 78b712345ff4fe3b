import { describe, expect, it } from 'vitest';
import { countLabel, formatCount, pageNote, plural } from '../../../src/lib/text.ts';

describe('countLabel', () => {
  it('uses the singular for one and groups thousands', () => {
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(0, 'article')).toBe('0 articles');
    expect(countLabel(12345, 'article')).toBe('12,345 articles');
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
