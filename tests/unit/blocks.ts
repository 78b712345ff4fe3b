import type { Block } from '../../src/lib/seed/types.ts';

/** Blocks as the parser makes them, for tests of what reads them. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text, line: 1 });
export const heading = (text: string): Block => ({ kind: 'heading', text, line: 1 });
export const slugLine = (text: string): Block => ({ kind: 'slug-line', text, line: 1 });
export const table = (rows: string[], note?: string): Block => ({
  kind: 'table',
  rows,
  ...(note === undefined ? {} : { note }),
  text: [...rows, note].filter(Boolean).join(' '),
  line: 1,
});
