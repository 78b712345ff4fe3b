/** The types of Snowball's generated English stemmer beside this file, which is kept as generated and not type-checked. */
export default class EnglishStemmer {
  /** The stem of a lowercase word. */
  stemWord(word: string): string;
}
