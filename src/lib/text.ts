const numbers = new Intl.NumberFormat('en-GB');

/** "12,345". */
export function formatCount(count: number): string {
  return numbers.format(count);
}

/** The noun as it goes after the count: "article", "articles". */
export function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

/** "1 article", "12,345 articles". */
export function countLabel(count: number, noun: string): string {
  return `${formatCount(count)} ${plural(count, noun)}`;
}

/** "Articles 201 to 400" for the items after the first `before` of a listing, "Article 401" for one. */
export function spanLabel(before: number, shown: number, noun: string): string {
  const first = formatCount(before + 1);
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  return shown === 1 ? `${Noun} ${first}` : `${Noun}s ${first} to ${formatCount(before + shown)}`;
}

/** ", page 2 of 5" after a paginated listing's name; nothing when it fits one page. */
export function pageNote({ number, count }: { number: number; count: number }): string {
  return count > 1 ? `, page ${formatCount(number)} of ${formatCount(count)}` : '';
}

/**
 * Text for a terminal: control and format characters, which could hide text
 * or reorder the line (a right-to-left override, say), are shown as
 * `\u{202E}` escapes.
 */
export function escapeForLog(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
    (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}

/** A value quoted for a terminal: its quotes and backslashes escaped, and its control and format characters as escapeForLog shows them. */
export function quoteForLog(value: string): string {
  return `"${escapeForLog(value.replace(/[\\"]/gu, '\\$&'))}"`;
}

/** Orders strings by their UTF-16 code units, as `sort()` does without a comparator: the same order in every locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * The same well-formed text in a string of its own. V8 keeps a substring of
 * 13 characters or more, a regular expression's match included, as a view
 * into the string it was cut from: a word kept from a document would keep the
 * whole document alive.
 */
export function ownCopy(part: string): string {
  return utf8Decoder.decode(utf8Encoder.encode(part));
}
