import { escapeForLog } from '../text.ts';

/** A block of running text: a paragraph, a section heading or a wire slug line. */
interface TextBlock {
  /**
   * `slug-line`: a filing label in capitals ("MIDEAST GULF"), which names the
   * story for editors and is not part of its text.
   */
  kind: 'paragraph' | 'heading' | 'slug-line';
  /** The block's text: its lines trimmed and joined by single spaces. */
  text: string;
  /** 1-based line of the seed file where the block starts. */
  line: number;
}

/** A table of figures (earnings rows, prices): the paragraphs of rows, their labels and the note under them. */
export interface TableBlock {
  kind: 'table';
  /** Every row as written, trimmed, in order: figures, labels of the rows after them ("Nine mths"). */
  rows: string[];
  /** The note under the rows ("NOTE: 1986 net includes a gain..."), prose about the table. */
  note?: string;
  /** The rows and the note joined by single spaces: the table's words for search and counting. */
  text: string;
  /** 1-based line of the seed file where the table starts. */
  line: number;
}

/** One block of an article body, in reading order. */
export type Block = TextBlock | TableBlock;

/** Everything the archive knows about one seed file once it has been read. */
export interface Article {
  /** Calendar day from the header, `YYYY-MM-DD`. */
  date: string;
  /** Body in reading order; the first block is never a heading. */
  blocks: Block[];
  /** Derived from the lead; a prefix of it without its bidirectional controls, at most 100 characters. */
  headline: string;
  /** Derived from the lead, without its bidirectional controls; at most 160 characters. */
  summary: string;
  /** URL segment: the headline's first words and a key of the file name, made unique in the archive by readArchive (src/lib/archive/url-keys.ts). */
  slug: string;
  wordCount: number;
  readingMinutes: number;
  /** File name as found in the seeds folder (relative path when nested). */
  sourceFile: string;
}

/** Why a seed file cannot become an article, precise enough to fix the file. */
export interface SeedError {
  file: string;
  /** 1-based line the problem was found on. */
  line: number;
  expected: string;
  found: string;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; error: SeedError };

/** The error as one line for the terminal, where a control character in a file name or quoted text would hide text or reorder the line: each is escaped. */
export function formatSeedError(error: SeedError): string {
  return escapeForLog(
    `${error.file}:${error.line}: expected ${error.expected}, found ${error.found}`,
  );
}
