// Wire copy opens stories and sections with a slug line in capitals
// ("MIDEAST GULF", "ACME CORP <ACME> 1ST QTR NET"): a filing label for editors,
// not a title. Capitals alone do not make one: a whole story typed in capitals
// on a telex has sentences, with their full stops.
const LOWER_OR_UNCASED = /[\p{Ll}\p{Lt}\p{Lo}]/u;
const UPPER = /\p{Lu}/gu;
const SENTENCE_END = /[\p{Sentence_Terminal}][\p{Pe}\p{Pf}"']*$/u;
const SLUG_LINE_MAX = 80;

/** Whether a paragraph is a slug line: one short line in capitals, without a sentence's final punctuation. */
export function isSlugLine(text: string): boolean {
  return (
    text.length <= SLUG_LINE_MAX &&
    (text.match(UPPER)?.length ?? 0) >= 2 &&
    !LOWER_OR_UNCASED.test(text) &&
    !SENTENCE_END.test(text)
  );
}
