import nlp from 'compromise';

// Intl.Segmenter finds word boundaries for every script (including CJK, which
// has no spaces) without a dependency.
const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

interface SentenceSplitter {
  one: { tokenize: { splitSentences: (text: string, world: object) => string[] } };
}
// Sentences come from compromise's rule-based splitter, which knows
// abbreviations, initials and titles ("U.S.", "Sen.", "Nathan C. Smith",
// "Washington, D.C."), where Intl.Segmenter ends a sentence after every
// "U.S.". Its splitter alone, without the tagger, keeps the cost near linear.
const { splitSentences } = (nlp.methods() as SentenceSplitter).one.tokenize;
const world = nlp.world();

// Abbreviations of wire copy that compromise's list lacks; capitalised, as
// wire copy writes them, so "he was ill." still ends a sentence.
const ABBREVIATION_END =
  /(?:^|[^\p{L}])(?:Cos|Bhd|Pty|Pres|Mass|Mich|Ill|Wash|Nev|Ore|Ky|La|Mo|Del|Ind|Ala|Miss|vs)\.$/u;
// "No." is a full stop after "no" unless a number follows ("the No. 2 maker").
const NUMBER_SIGN_END = /(?:^|[^\p{L}])Nos?\.$/u;
const DIGIT_START = /^\p{N}/u;
// compromise keeps a closing quote or bracket after a full stop, or an
// ellipsis, inside the sentence ('He said "no." Then he left.'), where
// Intl.Segmenter, which reads those right, may end one.
const QUOTED_END = /(?:[.!?…][\p{Pe}\p{Pf}"']+|\.\.\.|…)$/u;
const QUOTED_END_INSIDE = /(?:[.!?…][\p{Pe}\p{Pf}"']+|\.\.\.|…)\s+\S/u;
// compromise never ends a sentence on an initialism ("U.S."), as it often
// stands before a name ("the U.S. Securities and Exchange Commission"); before
// a word that opens sentences and never continues a name, it does end one.
const INITIALISM_END =
  /\p{Lu}\.\s+(?=(?:The|It|He|She|They|This|These|Those|We|But|Its|His|Her|Their|There)\s)/gu;
const INITIALISM = /(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}$/u;
// What INITIALISM_END needs, found without Unicode classes: most sentences
// have none, and skip the slower search.
const MAY_END_AFTER_INITIALISM =
  /\.\s+(?:The|It|He|She|They|This|These|Those|We|But|Its|His|Her|Their|There)\s/;

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

/** Where each sentence of `text` starts, and its end before trailing spaces. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Where a sentence may end: a stop (compromise's, and "…") before a space,
// after any closing quotes or brackets, a CJK full stop, or a line break.
// A text with none is one sentence, whatever the splitter would say of it.
const POSSIBLE_END =
  /[.!?…\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4][\p{Pe}\p{Pf}"']*\s|[\u3002\uFF01\uFF1F\uFF61\n\r]/u;

/** The sentences of `text`, in order: the one place the project finds them. */
export function sentenceSpans(text: string): SentenceSpan[] {
  // Most paragraphs of wire copy are one sentence: the splitter, the costliest
  // step of finding names in an archive, is spared them.
  if (!POSSIBLE_END.test(text)) {
    const content = text.trimEnd();
    const start = content.length - content.trimStart().length;
    return start < content.length ? [{ start, end: content.length }] : [];
  }
  const pieces: string[] = [];
  for (const piece of splitSentences(text, world).flatMap(splitAfterInitialisms)) {
    const previous = pieces.at(-1);
    // The abbreviations are short: their end is all that needs reading.
    const tail = previous?.slice(-12).trimEnd() ?? '';
    const joins =
      previous !== undefined &&
      (ABBREVIATION_END.test(tail) || (NUMBER_SIGN_END.test(tail) && DIGIT_START.test(piece)));
    if (joins) pieces[pieces.length - 1] = previous + piece;
    else pieces.push(piece);
  }
  const spans: SentenceSpan[] = [];
  let offset = 0;
  for (const piece of pieces) {
    for (const part of QUOTED_END_INSIDE.test(piece) ? splitAfterQuotes(piece) : [piece]) {
      const content = part.trimEnd();
      const start = offset + (content.length - content.trimStart().length);
      if (content.trim()) spans.push({ start, end: offset + content.length });
      offset += part.length;
    }
  }
  return spans;
}

function splitAfterInitialisms(piece: string): string[] {
  if (!MAY_END_AFTER_INITIALISM.test(piece)) return [piece];
  const parts: string[] = [];
  let from = 0;
  for (const match of piece.matchAll(INITIALISM_END)) {
    const end = match.index + match[0].length;
    if (!INITIALISM.test(piece.slice(Math.max(0, match.index - 12), match.index + 2))) continue;
    parts.push(piece.slice(from, end));
    from = end;
  }
  parts.push(piece.slice(from));
  return parts;
}

function splitAfterQuotes(piece: string): string[] {
  const parts: string[] = [];
  for (const { segment } of sentences.segment(piece)) {
    const previous = parts.at(-1);
    if (previous !== undefined && !QUOTED_END.test(previous.trimEnd()))
      parts[parts.length - 1] = previous + segment;
    else parts.push(segment);
  }
  return parts;
}

/** Offsets just past each sentence of `text`, before its trailing spaces. */
export function sentenceEnds(text: string): number[] {
  return sentenceSpans(text).map((span) => span.end);
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
