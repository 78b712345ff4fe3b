import { countryName, isDemonym } from './gazetteer.ts';
import { isLegalForm } from './legal-forms.ts';
import { COMMON_WORDS, isName, lexiconTags, NOUN_TAGS, ORG_WORDS, PLACE_TAGS } from './lexicon.ts';
import type { Mention } from './types.ts';

/** Links that end a firm's name before its legal form: "Merrill Lynch and Co". */
export const LINK_WORDS = new Set(['and', '&', 'of', 'for']);
/** The longest word read as an acronym: "NATO", "OPEC"; longer words in capitals are shouting. */
const ACRONYM_LETTERS = 5;

/** The words between the links of a run: "Bank", "England" of "Bank of England". */
export function linkedParts(words: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (LINK_WORDS.has(word)) parts.push([]);
    else parts.at(-1)!.push(word);
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * Words that end an organisation's name: compromise's ("Commission", "Bank",
 * "Board"), and the few it leaves out that wire copy uses all the time.
 */
const MORE_ORGANISATION_WORDS = new Set([
  'party',
  'exchange',
  'pact',
  'navy',
  'parliament',
  'congress',
  'senate',
  'commons',
]);

export function isOrganisationWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_WORDS[lower] === true || MORE_ORGANISATION_WORDS.has(lower);
}

/**
 * Whether a run with links is one organisation's name: it starts with an
 * organisation's word and "of" or "for" ("Bank of England", "House of
 * Commons"), or ends with one after common words only ("Securities and
 * Exchange Commission"), unlike "Goldman Sachs and Salomon Brothers" or
 * "Britain and France".
 */
export function isOrganisationName(words: readonly string[], parts: readonly string[][]): boolean {
  const head = (part: readonly string[]) => isOrganisationWord(part.at(-1)!);
  const firstLink = words[parts[0]!.length]!;
  if (
    (head(parts[0]!) || parts[0]!.at(-1) === 'House') &&
    (firstLink === 'of' || firstLink === 'for')
  )
    return true;
  return (
    head(parts.at(-1)!) &&
    parts
      .slice(0, -1)
      .flat()
      .every((word) => isDemonym(word) || (COMMON_WORDS.has(word.toLowerCase()) && !isName(word)))
  );
}

/** "Labour Party", "Federal Reserve Board": a run opening a sentence that is one organisation's name. */
export function isPartyName(words: readonly string[]): boolean {
  return (
    isOrganisationWord(words.at(-1)!) &&
    lexiconTags(words[0]!).every((tag) => NOUN_TAGS.has(tag) || tag === 'Adjective')
  );
}

/** A firm's name in a run that ends in a legal form, and the words before it that are no part of it. */
export interface FirmInRun {
  /** The words before the firm's name, without the link between: "New York Stock Exchange". */
  before: readonly string[];
  /** The firm, or none when the run holds nothing but links and legal forms. */
  firm: Mention | null;
}

/**
 * The firm a run with a legal form names, or null if it has none: "Chrysler"
 * of "Chrysler Corp", "Hollis and Webb" of "Hollis and Webb Co", and in
 * "New York Stock Exchange and Merrill Lynch and Co" the last name only.
 */
export function firmInRun(words: readonly string[]): FirmInRun | null {
  if (!isLegalForm(words.at(-1)!)) return null;
  let end = words.length;
  while (end > 0 && (isLegalForm(words[end - 1]!) || LINK_WORDS.has(words[end - 1]!))) end--;
  const name = words.slice(0, end);
  const link = name.findLastIndex((word) => LINK_WORDS.has(word));
  // Two single words joined are the firm's founders: "Fenwick and Lowe".
  const start =
    link === -1 || (link === name.length - 2 && (link === 1 || LINK_WORDS.has(name[link - 2]!)))
      ? Math.max(0, link - 1)
      : link + 1;
  if (start === name.length) return { before: [], firm: null };
  return {
    before: name.slice(0, Math.max(0, start - 1)),
    firm: { kind: 'organisation', name: name.slice(start).join(' ') },
  };
}

/**
 * An organisation, and the country it belongs to if its name starts with
 * one: "U.S. Navy" names the United States too.
 */
export function organisationNamed(words: readonly string[]): Mention[] {
  const organisation: Mention = { kind: 'organisation', name: words.join(' ') };
  const country = countryName(words[0]!);
  return country ? [{ kind: 'place', name: country }, organisation] : [organisation];
}

/**
 * A word in capitals inside a sentence of mixed case is an acronym: a
 * country's ("USSR") or, unless compromise knows it as a common word, an
 * organisation's ("GATT", "IMF", "EC").
 */
export function classifyAcronym(word: string): Mention | null {
  const country = countryName(word);
  if (country) return { kind: 'place', name: country };
  const tags = lexiconTags(word);
  if (tags.some((tag) => PLACE_TAGS.includes(tag))) return { kind: 'place', name: word };
  if (tags.includes('Organization')) return { kind: 'organisation', name: word };
  if (tags.length > 0 || word.length > ACRONYM_LETTERS || word.length < 2) return null;
  return { kind: 'organisation', name: word };
}
