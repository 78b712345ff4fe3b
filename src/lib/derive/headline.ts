import nlp from 'compromise';
import { sentenceSpans } from './segments.ts';
import { type Cut, leadingSentences, truncateAtWord } from './truncate.ts';

export const HEADLINE_MAX = 100;
const HEADLINE_MIN = 30;

// An aside between two commas after a word, closed before the clause goes on
// in lower case: an appositive (", John Manningham,"), an age (", 45,"), a
// description (", a unit of Beta Inc,").
const ASIDE = /(?<=[\p{L}\p{N}'’.]), ([^,;:()]{1,80}),(?= \p{Ll})/gu;
const LAST_WORD = /[\p{L}\p{N}'’.]+$/u;
const ASIDE_OPENERS =
  /^(?:a|an|the|which|who|whose|where|when|including|excluding|formerly|now|once|also)\s/u;
const CAPITALISED = /^\p{Lu}/u;
const ASIDE_WORDS_MAX = 16;
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]+, \p{Lu}\p{Ll}{2,8}\.? \d{1,2} [-–—] (?=\p{Lu})/u;

// The words of a name that opens a sentence ("The Bank of England").
const NAME_WORD = /^(?:\p{Lu}|(?:the|of|and|&|de)$)/u;

/**
 * Whether an aside can leave a headline without losing news: an age, or a
 * description of the name that opens the sentence ("The Sea Falcon, one of
 * the tankers escorted by the U.S. Navy, struck a mine"). A name ("its
 * secretary, John Manningham,") is news and stays; a list ("Britain, France,
 * Germany and Italy") is not an aside; and later in the sentence an aside
 * may be what the clause says (", raising 63 mln stg,").
 */
function isAside(subject: string, before: string, aside: string): boolean {
  if (aside.split(' ').length > ASIDE_WORDS_MAX) return false;
  if (!subject.split(/\s+/u).every((word) => NAME_WORD.test(word))) return false;
  if (/^\p{N}+$/u.test(aside) || ASIDE_OPENERS.test(aside)) return true;
  return CAPITALISED.test(before) && !CAPITALISED.test(aside);
}

interface Aside {
  /** From the comma opening it through the one closing it. */
  start: number;
  end: number;
  /** A description or an age, which leaves without losing news; else a name. */
  descriptive: boolean;
}

/** The asides of a sentence between two commas, before the clause goes on. */
function asides(sentence: string): Aside[] {
  return Array.from(sentence.matchAll(ASIDE), (match) => {
    const subject = sentence.slice(0, match.index);
    const before = LAST_WORD.exec(subject)?.[0] ?? '';
    return {
      start: match.index,
      end: match.index + match[0].length,
      descriptive: isAside(subject.trim(), before, match[1]!),
    };
  });
}

// A name standing alone between commas: capitalised words, initials.
const NAME_ASIDE = /^, (?:\p{Lu}[\p{L}.'’-]*(?: |,$))+$/u;

/**
 * A headline from the lead paragraph: its opening sentence when that fits
 * (with a following one when the first is too short to say anything), else
 * the lead cut at a clause or word boundary, with an ellipsis. A cut first
 * leaves out the opening sentence's descriptive asides, as an editor would,
 * so the subject's verb and object fit, and a name's aside too when the verb
 * would not fit with it. `end` is where the
 * headline stops in the lead, for the summary to go on from there.
 */
export function headlineOf(text: string): Cut {
  // A dateline ("FRANKFURT, Jan. 22 - ") says where and when, which the
  // article's page already shows; the headline starts with the news after it.
  const dateline = DATELINE.exec(text)?.[0].length ?? 0;
  const cut = headlineOfSentences(text.slice(dateline));
  return { ...cut, end: cut.end + dateline };
}

function headlineOfSentences(lead: string): Cut {
  const cut = fitted(lead);
  if (!cut.cut) return withoutFinalStop(cut);
  // Asides past this cannot bring anything after them into the headline.
  const first = sentenceSpans(lead.slice(0, HEADLINE_MAX * 3))[0];
  const found = first ? asides(lead.slice(0, first.end)) : [];
  const descriptive = found.filter((aside) => aside.descriptive);
  const edited = descriptive.length > 0 ? leaving(lead, descriptive) : cut;
  // A name is news, but not at the cost of what the clause it interrupts
  // says: when the headline would stop before the verb after it, the name
  // goes too. compromise's tagger reads only those few words, and only then.
  const names = found.filter(
    (aside) =>
      NAME_ASIDE.test(lead.slice(aside.start, aside.end)) &&
      aside.start < edited.end &&
      !nlp(lead.slice(aside.end, edited.end)).has('#Verb'),
  );
  return withoutFinalStop(
    names.length > 0
      ? leaving(
          lead,
          [...descriptive, ...names].sort((a, b) => a.start - b.start),
        )
      : edited,
  );
}

/** The lead fitted without `left`, with `end` where the headline stops in the lead. */
function leaving(lead: string, left: readonly Aside[]): Cut {
  let shown = '';
  let from = 0;
  for (const { start, end } of left) {
    shown += lead.slice(from, start);
    from = end;
  }
  shown += lead.slice(from);
  const edited = fitted(shown);
  // Where the edited headline stops in the lead: past every aside before that point.
  let end = edited.end;
  for (const { start, end: stop } of left)
    if (start < end || (start === end && stop > start)) end += stop - start;
  return { ...edited, end: Math.min(end, lead.length) };
}

function fitted(text: string): Cut {
  const cut = leadingSentences(text, HEADLINE_MAX, HEADLINE_MIN);
  // A bare "Kyiv." followed by a sentence too long to join it says too little.
  return cut.end < HEADLINE_MIN && cut.end < text.length ? truncateAtWord(text, HEADLINE_MAX) : cut;
}

// A headline drops a sentence's closing full stop, but not an ellipsis "..."
// nor the stop of an abbreviation ("to the U.S.").
const DROPPABLE_STOP = /(?<![.\s]\p{L}|^\p{L}|\.|\b(?:Inc|Corp|Co|Cos|Ltd|Jr|Sr))\.$/u;

function withoutFinalStop(cut: Cut): Cut {
  return DROPPABLE_STOP.test(cut.text) ? { ...cut, text: cut.text.slice(0, -1) } : cut;
}
