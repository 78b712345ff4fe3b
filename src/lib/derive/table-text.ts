// Wire copy sets earnings and prices as rows of abbreviated labels and
// figures ("Shr loss 12 cts vs profit 37 cts", "Gold 412.50 dlrs up 1.25").
// No library recognises that house style, so this reads it by its vocabulary:
// a row is almost all figures and these labels, and has none of the small
// words every English sentence needs.
const TABLE_WORDS = new Set(
  (
    'shr shrs shs net revs rev revenues sales avg oper opr qtr qtly mth mths yr year nine six three ' +
    'four twelve mln mlns bln blns cts ct dlrs dlr vs loss profit income gain credit extraordinary ' +
    'discontinued ops pretax tax assets deposits loans div pay record prior period periods ' +
    'bid ask asked offer prev previous close closing high low open settle settlement up down off ' +
    'unch unchanged oz tonne tonnes pct nil nm na n/a per ended end 1st 2nd 3rd 4th first second ' +
    'third fourth quarter qtrs wk wks week weeks total backlog orders note stg ounce bushel barrel ' +
    'jan feb mar apr may jun jul aug sep sept oct nov dec'
  ).split(' '),
);

// Words that tie a sentence together; a table row has none of them.
const PROSE_WORDS = new Set(
  (
    'the said says is was were are be been has have had will would it its he she they this ' +
    'that which who to of in on at for with by from and but or as than because after before'
  ).split(' '),
);

// A figure: any digit, a fraction ("1/4"), or a bracketed or signed amount.
const FIGURE = /\p{N}/u;
// A note under the rows ("NOTE: Prior year net includes...") is prose about
// the table; only the rows before it say whether the text is one.
const NOTE = /\bNOTE\b:?|\bNote:/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// A table shows what it is in its first rows; reading no further keeps a long
// paragraph of prose as cheap to rule out as a short one.
const ROWS_WINDOW = 200;

/**
 * Whether a paragraph is a table of figures (earnings rows, price or quote
 * lines) rather than prose: mostly figures and abbreviated labels, with at
 * least two figures and hardly a word that only sentences use.
 */
export function isTableText(text: string): boolean {
  const window = text.slice(0, ROWS_WINDOW);
  const note = NOTE.exec(window);
  const rows = note && note.index > 0 ? window.slice(0, note.index) : window;
  const tokens = rows.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
  if (tokens.length < 3) return false;
  let figures = 0;
  let labels = 0;
  let prose = 0;
  for (const token of tokens) {
    const word = token.replace(EDGE_PUNCTUATION, '').toLowerCase();
    if (FIGURE.test(word)) figures += 1;
    else if (TABLE_WORDS.has(word)) labels += 1;
    else if (PROSE_WORDS.has(word)) prose += 1;
  }
  // A row of its own ("Palladium 128.75 dlrs, unch") is short, with a label.
  const row = figures >= 2 || (figures === 1 && labels > 0 && tokens.length <= 6);
  return (
    row &&
    (figures + labels) / tokens.length >= 0.6 &&
    prose / tokens.length <= 0.1 &&
    (labels > 0 || figures / tokens.length >= 0.5)
  );
}

/**
 * Whether a line only labels the rows after it ("Year", "Nine mths", "4th
 * qtr"): every word a table's label.
 */
export function isTableLabel(text: string): boolean {
  const words = text
    .split(/\s+/u)
    .map((token) => token.replace(EDGE_PUNCTUATION, '').toLowerCase());
  return words.every((word) => TABLE_WORDS.has(word));
}

/** Whether a paragraph is the note under a table ("NOTE: 1986 net includes a gain..."). */
export function isTableNote(text: string): boolean {
  return /^NOTE\b/iu.test(text);
}

// Rows that only an earnings report has; any other table of figures is
// labelled as prices, the other table wire copy carries.
const EARNINGS_WORDS = new Set(
  'shr shrs shs net revs rev revenues sales avg oper qtr mths mth div income'.split(' '),
);
// A company's name opens the table or its slug line, up to the ticker
// ("Acme Corp <ACME>"), or ends in a legal suffix before the first label or
// figure ("HARTWELL INDUSTRIES INC 4TH QTR NET").
const TICKER = /^[<(][\p{Lu}\p{N}.]+[>)]$/u;
const COMPANY_END = new Set('inc corp co cos ltd plc llc bank bancorp group'.split(' '));
// Legal suffixes that read in title case however short ("INC" as "Inc").
const SHORT_WORDS_IN_TITLE_CASE = new Set(['INC', 'CO', 'COS', 'LTD']);

/** What a table of figures holds, as a listing may name it. */
export function tableKind(text: string): 'earnings' | 'prices' {
  return text
    .split(/\s+/u)
    .some((token) => EARNINGS_WORDS.has(token.replace(EDGE_PUNCTUATION, '').toLowerCase()))
    ? 'earnings'
    : 'prices';
}

/**
 * The company a table or its slug line names at its start, as a reader
 * writes it ("ACME CORP <ACME> 1ST QTR NET" gives "Acme Corp"); undefined
 * when the text starts with a label or figure, or names nothing before a ticker.
 */
export function tableCompany(text: string): string | undefined {
  const name: string[] = [];
  for (const token of text.split(/\s+/u)) {
    if (TICKER.test(token)) return name.length > 0 ? name.join(' ') : undefined;
    const word = token.replace(EDGE_PUNCTUATION, '').toLowerCase();
    if (!/^\p{Lu}/u.test(token) || FIGURE.test(word) || TABLE_WORDS.has(word)) break;
    name.push(readable(token));
  }
  const last = name.at(-1)?.replace(EDGE_PUNCTUATION, '').toLowerCase();
  return last !== undefined && COMPANY_END.has(last) ? name.join(' ') : undefined;
}

// Capitals are how a slug line is written, not how the name is: longer words
// read in title case, short ones are kept as initialisms ("IBM", "AT&T").
function readable(word: string): string {
  return /^\p{Lu}{4,}$/u.test(word) || SHORT_WORDS_IN_TITLE_CASE.has(word)
    ? word.charAt(0) + word.slice(1).toLowerCase()
    : word;
}
