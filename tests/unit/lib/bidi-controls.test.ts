import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../../../src/lib/bidi-controls.ts';

/** Every bidirectional control: embeddings and overrides, isolates, and the three marks. */
const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

describe('stripBidiControls', () => {
  it('removes every embedding, override, isolate and mark, and nothing else', () => {
    expect(stripBidiControls(`Invoice ${CONTROLS.join('')}gpj.exe`)).toBe('Invoice gpj.exe');
    // Joiners shape Arabic, Indic scripts and emoji, and change no order: they stay.
    expect(stripBidiControls('كتاب\u200C 👩\u200D💻 עברית')).toBe('كتاب\u200C 👩\u200D💻 עברית');
  });
});
