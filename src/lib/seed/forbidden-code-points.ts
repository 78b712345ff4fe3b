/**
 * Code points that HTML forbids in a document, even written as a character
 * reference: control characters other than tab, line feed, form feed and
 * carriage return, and noncharacters (plus lone surrogates, which strict
 * UTF-8 decoding already rules out, for text that arrives as a string).
 * A stray one in a seed file, pasted from a terminal or an old word
 * processor, would make every page that shows it invalid HTML, and cannot be
 * shown as what it is anyway.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** The text with each code point HTML forbids replaced by U+FFFD, the replacement character, so the reader sees that something was there. */
export function replaceForbiddenCodePoints(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}
