import { createHash } from 'node:crypto';
import { wordSpans } from './segments.ts';

const SLUG_WORDS = 8;

/** Text without its marks (accents, diacritics) and in lower case: "Zelenskyy" and "ZELENSKYY", "Kraków" and "krakow" fold alike. */
export function foldMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A URL segment for an article: the headline's first words, then a short key
 * of the source file name. The key makes the URL depend on this article alone,
 * so two same-day articles with the same lead get distinct URLs, and adding
 * or removing another article never changes this one's URL.
 */
export function articleSlug(headline: string, sourceFile: string): string {
  const words = wordSpans(foldMarks(headline))
    .slice(0, SLUG_WORDS)
    // Keep letters of every script, so a Cyrillic or Arabic headline gives a readable slug.
    .map((word) => word.text.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  return [...words, fileKey(sourceFile)].join('-');
}

export function fileKey(sourceFile: string): string {
  return createHash('sha256').update(sourceFile.normalize('NFC')).digest('hex').slice(0, 6);
}
