import nlp from 'compromise';
import { sentenceEnds } from '../derive/segments.ts';
import { countryName } from './gazetteer.ts';
import { isLegalForm } from './legal-forms.ts';
import { isFunctionWord } from './lexicon.ts';
import { isOrganisationWord } from './organisation-names.ts';
import { usStateAfterCity } from './us-states.ts';

/** A run of capitalised words in a paragraph: a candidate name. */
export interface NameRun {
  /**
   * The words, without surrounding punctuation, a possessive or the dots of
   * an acronym; lower-case links between them ("of", "and", "&") are kept,
   * for the classifier to decide whether they join one name or two.
   */
  phrase: string;
  /**
   * Whether the run opens a sentence, or stands in a line whose every word is
   * capitalised (a title): there a capital says nothing about its first word,
   * which may be a common word ("Meanwhile Rustem Umerov").
   */
  initial: boolean;
  /** Set when the run stands in a line whose every word is capitalised: a slug line, a header or a title. */
  title?: true | undefined;
  /** The lower-case word just before the run, if any: "the" Bundesbank, an economist "at" Merrill Lynch. */
  after?: string | undefined;
  /** The lower-case word just after the run, if any: its Houston "unit". */
  next?: string;
  /**
   * Set on a city written before its US state ("Clayton, Mo.", "Washington,
   * D.C."), and on the state, which is a run of its own under its full name
   * ("Missouri"): each names a place, whatever its words.
   */
  place?: true;
}

const OPENING = /^[“"‘'([«]+/u;
const CLOSING = /[”"’'),;:!?»\]]+$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const POSSESSIVE = /['’]s$/u;
const CLAUSE_END = /[.,;:!?)”"’']$/u;
const CAPITAL = /^\p{Lu}/u;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const LOWER_CASE_WORD = /(?:^|\s)[^\s\p{L}]*\p{Ll}/u;
const PLAIN_WORD = /^\p{Ll}+$/u;
const [LOWER_A, LOWER_Z] = [0x61, 0x7a];
/** Words that join the parts of one name: "Bank of England", "Securities and Exchange Commission", "AT & T". */
const LINKS = new Set(['of', 'and', '&', 'for']);

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } })
  .one.lexicon;

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Armenian', 'Georgian'].map(
  (name) => new RegExp(`^\\p{Script=${name}}`, 'u'),
);

function scriptOf(word: string): number {
  return SCRIPTS.findIndex((script) => script.test(word));
}

function hasTag(word: string, wanted: (tag: string) => boolean): boolean {
  const tags = LEXICON[word.toLowerCase()];
  return tags !== undefined && (typeof tags === 'string' ? wanted(tags) : tags.some(wanted));
}

const isHonorific = (tag: string) => tag === 'Honorific';
const isAbbreviation = (tag: string) => tag === 'Abbreviation';
const isOrganisation = (tag: string) => tag === 'Organization';

/**
 * Whether a name may go on past a token ending in a dot, whatever a sentence
 * segmenter says: after an honorific or an abbreviation ("Sen.", "St."), an
 * initial or an acronym ("John F. Kennedy", "J.P. Morgan", "U.S. Treasury"),
 * when the next word is capitalised and no word that opens a sentence.
 */
function continuesName(token: string, next: string | undefined): boolean {
  const word = token.replace(OPENING, '');
  if (next === undefined || !CAPITAL.test(next) || !CAPITAL.test(word) || !word.endsWith('.'))
    return false;
  const abbreviation = word.slice(0, -1);
  return (
    (INITIAL.test(word) ||
      ACRONYM.test(word) ||
      hasTag(abbreviation, isHonorific) ||
      (hasTag(abbreviation, isAbbreviation) && !hasTag(abbreviation, isOrganisation))) &&
    !isFunctionWord(next.replace(CLOSING, ''))
  );
}

/** Tags of a name that owns things rather than a firm: "Reagan's", "Houston's", "Britain's". */
const OWNER_TAGS = new Set([
  'LastName',
  'Person',
  'Place',
  'Country',
  'City',
  'Region',
  'Honorific',
]);

/** Whether a possessive may open a firm's name: a word that is no country, place or person. */
function isFirmOwner(word: string): boolean {
  return countryName(word) === undefined && !hasTag(word, (tag) => OWNER_TAGS.has(tag));
}

/**
 * Whether the tokens after a possessive are a firm's name in one sentence:
 * capitalised words that end in an organisation's word or a legal form
 * ("Investors Service", "Corp").
 */
function firmNameFollows(
  tokens: readonly string[],
  opensSentence: (j: number) => boolean,
): boolean {
  for (const [j, text] of tokens.entries()) {
    const word = text.replace(CLOSING, '').replace(/\.+$/u, '');
    if (opensSentence(j) || !NAME_WORD.test(word) || POSSESSIVE.test(word)) return false;
    const next = tokens[j + 1];
    if (CLOSING.test(text) || next === undefined || !CAPITAL.test(next) || opensSentence(j + 1))
      return isOrganisationWord(word) || isLegalForm(word);
  }
  return false;
}

/** Whether a UTF-16 code unit is white space, as `\s` has it. */
function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code >= 0xa0 &&
        (code === 0xa0 ||
          code === 0x1680 ||
          (code >= 0x2000 && code <= 0x200a) ||
          code === 0x2028 ||
          code === 0x2029 ||
          code === 0x202f ||
          code === 0x205f ||
          code === 0x3000 ||
          code === 0xfeff);
}

/**
 * The paragraph's words as split at white space, and where each starts. A
 * scan of code units: a regular expression's match objects, one per word of
 * the archive, made this the costliest step of finding names.
 */
function tokenize(paragraph: string): { tokens: string[]; offsets: number[] } {
  const tokens: string[] = [];
  const offsets: number[] = [];
  let start = -1;
  for (let i = 0; i <= paragraph.length; i++) {
    if (i === paragraph.length || isSpace(paragraph.charCodeAt(i))) {
      if (start !== -1) {
        tokens.push(paragraph.slice(start, i));
        offsets.push(start);
        start = -1;
      }
    } else if (start === -1) start = i;
  }
  return { tokens, offsets };
}

/** Offsets at which a sentence of the paragraph starts, by src/lib/derive/segments.ts. */
function sentenceStarts(paragraph: string): Set<number> {
  const starts = new Set<number>();
  const visible = /\S/gu;
  for (const end of [0, ...sentenceEnds(paragraph)]) {
    visible.lastIndex = end;
    const next = visible.exec(paragraph);
    if (next) starts.add(next.index);
  }
  return starts;
}

/**
 * Runs of capitalised words, which is where every proper name in English
 * prose is. Finding them is a cheap scan; which runs are names is decided by
 * NameClassifier, once per distinct run, so its cost grows with the names of
 * an archive rather than with its words.
 *
 * Two or more words in capitals side by side ("MIDEAST GULF", "HOMINY FEED")
 * are a slug line or a shouted header, not a name, and are no run.
 */
export function nameRuns(paragraph: string): NameRun[] {
  const runs: NameRun[] = [];
  // A line of capitalised words ("Short Heading Line", standing alone where
  // the parser cannot take it for a heading) is written in title case: each
  // word is judged as a sentence's first word is.
  const title = !LOWER_CASE_WORD.test(paragraph);
  const starts = sentenceStarts(paragraph);
  const { tokens, offsets } = tokenize(paragraph);

  let words: string[] = [];
  let links: string[] = [];
  let capitals = 0;
  let runInitial = false;
  let runAfter: string | undefined;
  let after: string | undefined;
  // Consecutive words in capitals, across the runs a title line is cut into.
  let shouted: NameRun[] = [];
  let shoutedWords = 0;
  const endShouting = () => {
    if (shoutedWords < 2) runs.push(...shouted);
    shouted = [];
    shoutedWords = 0;
  };
  // "Goldman, Sachs and Co": a firm's name with a comma in it.
  let commaEnded = -1;
  let runStart = -1;
  let token = -1;
  // The last run put in `runs`, which a state after it ("Clayton, Mo.") marks as a place.
  let lastRun: NameRun | undefined;
  const flush = (): NameRun | undefined => {
    let run: NameRun | undefined;
    if (words.length > 0) {
      run = { phrase: words.join(' '), initial: runInitial, after: runAfter };
      if (title) run.title = true;
      const previous = runs.at(-1);
      if (commaEnded === runStart - 1 && previous && isLegalForm(words.at(-1)!)) {
        runs.pop();
        run.phrase = `${previous.phrase} ${run.phrase}`;
        run.initial = previous.initial;
        run.after = previous.after;
      }
      if (capitals === words.length) {
        shouted.push(run);
        shoutedWords += capitals;
      } else {
        endShouting();
        runs.push(run);
        lastRun = run;
      }
    }
    if (words.length > 0) commaEnded = tokens[token]!.endsWith(',') ? token : -1;
    words = [];
    links = [];
    capitals = 0;
    return run;
  };

  let boundaryIgnored = false;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!;
    token = i;
    const initial = title || (starts.has(offsets[i]!) && !boundaryIgnored);
    // A state ends its clause ("Clayton, Mo., said"); "Grady, Iowa Republican" is no city.
    const state =
      lastRun !== undefined &&
      lastRun === runs.at(-1) &&
      commaEnded === i - 1 &&
      CAPITAL.test(tokens[i - 1]!.replace(OPENING, '')) &&
      (CLAUSE_END.test(text) || i === tokens.length - 1)
        ? usStateAfterCity(text.replace(CLOSING, ''))
        : undefined;
    if (state !== undefined && lastRun) {
      lastRun.place = true;
      if (state !== null) runs.push({ phrase: state, initial: false, place: true });
      commaEnded = -1;
      // A sentence may end with the state's dot: "in Clayton, Mo. The suit…".
      boundaryIgnored = false;
      after = undefined;
      continue;
    }
    boundaryIgnored = text.endsWith('.') && continuesName(text, tokens[i + 1]);
    // Most words open with a lower-case ASCII letter: they need no regular expression.
    const code = text.charCodeAt(0);
    const lower = code >= LOWER_A && code <= LOWER_Z;
    let word = lower ? text : text.replace(OPENING, '');
    if (lower || !CAPITAL.test(word)) {
      if (words.length > 0) {
        if (LINKS.has(word.toLowerCase()) && word === text && !initial) {
          links.push(word);
          continue;
        }
        const pending = links.length === 0;
        const run = flush()!;
        const next = word.replace(CLOSING, '').replace(/\.$/u, '');
        if (pending && word === text && PLAIN_WORD.test(next)) run.next = next;
      }
      if (shouted.length > 0) endShouting();
      after = word === text ? word : undefined;
      continue;
    }
    // A sentence boundary ends a run, the one a segmenter sees after "Sen." excepted.
    const ended = i + 1 < tokens.length && starts.has(offsets[i + 1]!) && !boundaryIgnored;
    const opens = word.length < text.length;
    const acronym = ACRONYM.test(word.replace(CLOSING, ''));
    const closes = CLOSING.test(word) || ended;
    word = word.replace(CLOSING, '').replace(acronym ? /\./gu : /\.+$/u, '');
    const possessive = POSSESSIVE.test(word);
    const owner = word;
    word = word.replace(POSSESSIVE, '');
    if (NAME_WORD.test(word)) {
      // A name is written in one script: "Ana García Київ" is two names side by side.
      if (
        opens ||
        initial ||
        (words.length > 0 && scriptOf(word) !== scriptOf(words.at(-1)!)) ||
        (links.length > 0 && (ALL_CAPITALS.test(word) || acronym))
      )
        flush();
      if (words.length === 0) {
        runInitial = initial;
        runAfter = !initial && after !== undefined && PLAIN_WORD.test(after) ? after : undefined;
        runStart = i;
      }
      // "Moody's Investors Service": a firm's name that starts with a possessive keeps it.
      const firmOwner =
        possessive &&
        !closes &&
        !title &&
        words.length === 0 &&
        isFirmOwner(word) &&
        firmNameFollows(tokens.slice(i + 1), (j) => starts.has(offsets[i + 1 + j]!));
      words.push(...links, firmOwner ? owner : word);
      links = [];
      if (ALL_CAPITALS.test(word) && !acronym) capitals++;
      // In a title every word is capitalised whatever it is: each is a run of its own.
      if (closes || (possessive && !firmOwner) || title) flush();
    } else {
      flush();
      endShouting();
    }
    after = undefined;
  }
  flush();
  endShouting();
  return runs;
}
