/**
 * Unicode's bidirectional formatting characters: the embeddings and
 * overrides LRE, RLE, PDF, LRO and RLO (U+202A–U+202E), the isolates LRI,
 * RLI, FSI and PDI (U+2066–U+2069), and the marks LRM, RLM and ALM (U+200E,
 * U+200F, U+061C). All are invisible, and all change the order in which the
 * text around them is shown: `Invoice ‮gpj.exe‬` shows as "Invoice
 * exe.jpg" (the "Trojan Source" trick).
 *
 * The marks are included. They cannot reverse a run of letters, but they
 * set the direction of the punctuation and digits beside them, so one RLM
 * shows "10‏-20" as "1020-" in a left-to-right line, or a Latin file name
 * back to front in a right-to-left one. What they are for, placing the
 * punctuation of a right-to-left phrase, the pages do without: every text
 * element takes its direction from its own first letter (`dir="auto"`).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text shown away from the paragraph it was written in (a headline, a title,
 * a summary, a name, a search excerpt) without its bidirectional controls:
 * there an override runs on into whatever the text is put beside.
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
