/**
 * The legal forms that end a firm's name. Written by hand: compromise's
 * organisation words mix them with words that are part of a name ("Bank",
 * "Board"), and only these may be dropped from a name, and are no name alone.
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'co',
  'cos',
  'company',
  'corp',
  'corporation',
  'ltd',
  'limited',
  'plc',
  'llc',
  'lp',
  'ag',
  'sa',
  'nv',
  'bv',
  'gmbh',
  'spa',
  'kk',
  'bhd',
  'pty',
  // National association: a bank chartered in the United States.
  'na',
]);

/** Whether a word is a firm's legal form: "Inc", "Co", "Corp", "Ltd", "AG". */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word.toLowerCase());
}
