export interface Dated {
  /** `YYYY-MM-DD` */
  date: string;
  /** Orders articles of the same day: file names usually carry the order they were written in. */
  sourceFile: string;
}

/** Oldest first; same-day articles by source file name, compared by code point so the order never depends on locale. */
export function compareChronological(a: Dated, b: Dated): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.sourceFile !== b.sourceFile) return a.sourceFile < b.sourceFile ? -1 : 1;
  return 0;
}
