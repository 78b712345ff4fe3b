import { prefixWithin, sentenceEnds, wordSpans } from './segments.ts';

const ELLIPSIS = '…';

// Ending a cut-off headline on one of these reads as broken ("plan to end the…").
// A short English list is enough: it only steers which word boundary is chosen,
// so it never drops text, and other languages simply fall back to the last word.
const WEAK_ENDINGS = new Set(
  'a an the and or but nor of to in on at for with by from as into onto over under after before about than that which who whom whose his her its their our your my is was were are be been being has have had will would shall should can could may might must not no so if'.split(
    ' ',
  ),
);

// A cut just before one of these leaves a whole clause.
const CLAUSE_BREAK = /^\s*[,;:–—(]/u;

/**
 * Shortens `text` to at most `maxLength` UTF-16 units, ending with an ellipsis,
 * at a clause boundary when one leaves at least half the room used, else after
 * the last word that fits. Only a single word longer than the whole room is cut
 * inside, at a character boundary, because nothing else can fit.
 */
function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = maxLength - ELLIPSIS.length;
  // Words past the room cannot fit: segmenting one character beyond it is
  // enough to see whether the last word ends inside.
  const fitting = wordSpans(text.slice(0, room + 1)).filter((word) => word.end <= room);
  if (fitting.length === 0) return prefixWithin(text, room) + ELLIPSIS;

  const clause = fitting.findLast(
    (word) => word.end >= room / 2 && CLAUSE_BREAK.test(text.slice(word.end)),
  );
  const strong = fitting.findLast((word) => !WEAK_ENDINGS.has(word.text.toLowerCase()));
  const cut = clause ?? strong ?? fitting.at(-1)!;
  return text.slice(0, cut.end) + ELLIPSIS;
}

/**
 * The longest run of whole leading sentences that fits in `maxLength`, taking
 * more than one only while the text is shorter than `minLength` (a bare
 * "Kyiv." or a sentence split after an abbreviation like "U.S."); when not even
 * the first sentence fits, the text cut at a word.
 */
export function leadingSentences(text: string, maxLength: number, minLength: number): string {
  let taken = '';
  // Sentences past maxLength cannot be taken; a margin after it keeps the
  // segmenter's view of the last boundary (what follows a full stop) intact.
  for (const end of sentenceEnds(text.slice(0, maxLength + 40))) {
    const candidate = text.slice(0, end);
    if (candidate.length > maxLength) break;
    taken = candidate;
    if (taken.length >= minLength) break;
  }
  return taken || truncateAtWord(text, maxLength);
}
