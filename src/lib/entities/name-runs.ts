/** A run of capitalised words in a paragraph: a candidate name. */
export interface NameRun {
  /** The words, without surrounding punctuation, a possessive or the dots of an acronym. */
  phrase: string;
  /**
   * Whether the run opens a sentence, or stands in a line whose every word is
   * capitalised (a title): there a capital says nothing about the word.
   */
  initial: boolean;
}

const OPENING = /^[“"‘'([«]+/u;
const CLOSING = /[”"’'),;:!?»\]]+$/u;
const ENDS_SENTENCE = /[.!?…][”"’')\]»]*$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const POSSESSIVE = /['’]s$/u;
const CAPITAL = /^\p{Lu}/u;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const LOWER_CASE_WORD = /(?:^|\s)[^\s\p{L}]*\p{Ll}/u;

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Armenian', 'Georgian'].map(
  (name) => new RegExp(`^\\p{Script=${name}}`, 'u'),
);

function scriptOf(word: string): number {
  return SCRIPTS.findIndex((script) => script.test(word));
}

/**
 * Runs of capitalised words, which is where every proper name in English
 * prose is. Finding them is a cheap scan; which runs are names is decided by
 * NameClassifier, once per distinct run, so its cost grows with the names of
 * an archive rather than with its words.
 */
export function nameRuns(paragraph: string): NameRun[] {
  const runs: NameRun[] = [];
  // A line of capitalised words ("Short Heading Line", standing alone where
  // the parser cannot take it for a heading) is written in title case: each
  // word is judged as a sentence's first word is.
  const title = !LOWER_CASE_WORD.test(paragraph);
  let words: string[] = [];
  let initial = true;
  let runInitial = false;
  const flush = () => {
    if (words.length > 0) runs.push({ phrase: words.join(' '), initial: runInitial });
    words = [];
  };
  for (const token of paragraph.split(/\s+/u)) {
    if (token === '') continue;
    let word = token.replace(OPENING, '');
    if (!CAPITAL.test(word)) {
      flush();
      initial = title || ENDS_SENTENCE.test(token);
      continue;
    }
    const opens = word.length < token.length;
    const acronym = ACRONYM.test(word.replace(CLOSING, ''));
    const closes = CLOSING.test(word) || (!acronym && word.endsWith('.'));
    word = word.replace(CLOSING, '').replace(acronym ? /\./gu : /\.+$/u, '');
    const possessive = POSSESSIVE.test(word);
    word = word.replace(POSSESSIVE, '');
    if (NAME_WORD.test(word)) {
      // A name is written in one script: "Ana García Київ" is two names side by side.
      if (opens || (words.length > 0 && scriptOf(word) !== scriptOf(words.at(-1)!))) flush();
      if (words.length === 0) runInitial = initial;
      words.push(word);
      // The first word of a sentence is capitalised whatever it is, so it
      // is a run of its own: "Meanwhile Rustem Umerov" must not be one name.
      if (closes || possessive || (runInitial && words.length === 1)) flush();
    } else {
      flush();
    }
    initial = title || (ENDS_SENTENCE.test(token) && !acronym);
  }
  flush();
  return runs;
}
