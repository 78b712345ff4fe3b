import { prefixWithin, sentenceSpans, wordSpans, type Span } from './segments.ts';

export const ELLIPSIS = '…';

/** A shortened text, and the offset in the original just past what it says. */
export interface Cut {
  text: string;
  end: number;
  /** Whether the text was cut inside a sentence, and ends with an ellipsis for it. */
  cut: boolean;
}

// Ending a cut-off headline on one of these reads as broken ("plan to end the…").
// A short English list is enough: it only steers which word boundary is chosen,
// so it never drops text, and other languages simply fall back to the last word.
const WEAK_ENDINGS = new Set(
  'a an the and or but nor of to in on at for with by from as into onto over under after before about than that which who whom whose his her its their our your my is was were are be been being has have had will would shall should can could may might must not no so if'.split(
    ' ',
  ),
);

// Titles and months that wire copy writes without a full stop as well as with
// one ("Sen Smith", "Jan 5"): a text ending on one stops before its name or day.
const TITLES_AND_MONTHS = new Set(
  'mr mrs ms dr sen sens gov gen rep reps lt col maj capt cmdr adm sgt prof rev st mt ft pres jan feb mar apr jun jul aug sep sept oct nov dec no nos'.split(
    ' ',
  ),
);

// A company's legal suffix ends its name, so "Acme Corp." may end a cut.
const COMPANY_SUFFIXES = new Set('inc corp co cos ltd plc llc bhd pty ag sa nv'.split(' '));

// Between two capitalised words these continue a name ("Securities and Exchange Commission").
const NAME_JOINERS = new Set(['and', 'of', 'for', '&', 'de', 'du', 'la', 'van', 'von']);

// A cut just before one of these leaves a whole clause.
const CLAUSE_BREAK = /^\s*[,;:–—(]/u;
// A comma that opens or closes a short aside in a clause that goes on after it
// ("its secretary, John Manningham, and his wife died"): a cut there drops
// what the clause says.
const OPENS_ASIDE = /^, [^,;:()]{1,60},(?= \p{Ll})/u;
const CLOSES_ASIDE = /, [^,;:()]{1,60}$/u;
const GOES_ON = /^, \p{Ll}/u;
const CAPITALISED = /^\p{Lu}/u;
const FIGURE = /^(?:\p{N}|(?:mln|bln|million|billion)$)/u;
const ABBREVIATION_STOP = /^\.(?!\s*$)/u;

/**
 * Whether a text may end after `word`: not on a word like "the", an
 * abbreviation, an initial, a title or month, nor inside a name.
 */
function canEndAfter(
  text: string,
  word: Span,
  next: Span | undefined,
  afterNext: Span | undefined,
): boolean {
  const lower = word.text.toLowerCase();
  if (WEAK_ENDINGS.has(lower) || TITLES_AND_MONTHS.has(lower)) return false;
  if (ABBREVIATION_STOP.test(text.slice(word.end)) && !COMPANY_SUFFIXES.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word.text)) return false;
  // A figure before its unit ("42 dlrs", "18 pct") says nothing without it.
  if (FIGURE.test(word.text) && next && /^ \p{Ll}/u.test(text.slice(word.end))) return false;
  if (!CAPITALISED.test(word.text) || !next) return true;
  const between = text.slice(word.end, next.end - next.text.length);
  if (!/^\s+$/u.test(between)) return true;
  if (CAPITALISED.test(next.text)) return false;
  return !(
    NAME_JOINERS.has(next.text.toLowerCase()) &&
    afterNext &&
    CAPITALISED.test(afterNext.text)
  );
}

/**
 * Shortens `text` to at most `maxLength` UTF-16 units, ending with an ellipsis,
 * at a clause boundary when one leaves at least half the room used, else after
 * the last word that may end it (see canEndAfter). Only a single word longer
 * than the whole room is cut inside, at a character boundary, because nothing
 * else can fit.
 */
export function truncateAtWord(text: string, maxLength: number): Cut {
  if (text.length <= maxLength) return { text, end: text.length, cut: false };
  const room = maxLength - ELLIPSIS.length;
  // Words past the room cannot end the cut, but the two after it say whether
  // the last one that fits is inside a name.
  const spans = wordSpans(text.slice(0, room + 60));
  const endable = spans.filter(
    (word, index) =>
      word.end <= room && canEndAfter(text, word, spans[index + 1], spans[index + 2]),
  );
  const clause = endable.findLast((word) => {
    const after = text.slice(word.end);
    return (
      word.end >= room / 2 &&
      CLAUSE_BREAK.test(after) &&
      !OPENS_ASIDE.test(after) &&
      !(GOES_ON.test(after) && CLOSES_ASIDE.test(text.slice(0, word.end)))
    );
  });
  const cut = clause ?? endable.at(-1) ?? spans.findLast((word) => word.end <= room);
  if (!cut) {
    const prefix = prefixWithin(text, room);
    return { text: prefix + ELLIPSIS, end: prefix.length, cut: true };
  }
  return { text: text.slice(0, cut.end) + ELLIPSIS, end: cut.end, cut: true };
}

// Sentences ending past maxLength cannot be taken; a margin after it lets the
// segmenter see what follows the last boundary that can ("U.S. Securities").
const SENTENCE_MARGIN = 40;

/**
 * The longest run of whole leading sentences that fits in `maxLength`, taking
 * more than one only while the text is shorter than `minLength` (a bare
 * "Kyiv."); when not even the first sentence fits, the text cut at a word.
 */
export function leadingSentences(text: string, maxLength: number, minLength: number): Cut {
  const window = text.slice(0, maxLength + SENTENCE_MARGIN);
  const spans = sentenceSpans(window);
  // The last sentence of a window shorter than the text may go on past it.
  if (window.length < text.length) spans.pop();
  let taken: Cut | undefined;
  for (const { end } of spans) {
    if (end > maxLength) break;
    taken = { text: text.slice(0, end), end, cut: false };
    if (end >= minLength) break;
  }
  return taken ?? truncateAtWord(text, maxLength);
}
