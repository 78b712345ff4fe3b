// Intl.Segmenter finds word and sentence boundaries for every script
// (including CJK, which has no spaces) without a dependency.
const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export interface Span {
  text: string;
  /** Offset just past the word. */
  end: number;
}

export function wordSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index, isWordLike } of words.segment(text)) {
    if (isWordLike) spans.push({ text: segment, end: index + segment.length });
  }
  return spans;
}

export function sentenceEnds(text: string): number[] {
  return Array.from(
    sentences.segment(text),
    ({ segment, index }) => index + segment.trimEnd().length,
  );
}

/**
 * Longest prefix that does not split a character (a letter with its marks, an
 * emoji sequence) and measures at most `maxLength`: UTF-16 units unless `measure` says otherwise.
 */
export function prefixWithin(
  text: string,
  maxLength: number,
  measure: (segment: string) => number = (segment) => segment.length,
): string {
  let end = 0;
  let size = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    size += measure(segment);
    if (size > maxLength) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
