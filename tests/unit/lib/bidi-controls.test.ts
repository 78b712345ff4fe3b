import { describe, expect, it } from 'vitest';
import { escapeBidiControls, stripBidiControls } from '../../../src/lib/bidi-controls.ts';

/** Every bidirectional control: embeddings and overrides, isolates, and the three marks. */
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

describe('stripBidiControls', () => {
  it('removes every embedding, override, isolate and mark, and nothing else', () => {
    expect(stripBidiControls(`Invoice ${CONTROLS.join('')}gpj.exe`)).toBe('Invoice gpj.exe');
    // Joiners shape Arabic, Indic scripts and emoji, and change no order: they stay.
    expect(stripBidiControls('كتاب\u200C 👩\u200D💻 עברית')).toBe('كتاب\u200C 👩\u200D💻 עברית');
  });
});

describe('escapeBidiControls', () => {
  it('writes each control as its \\u{…} escape', () => {
    expect(escapeBidiControls('Invoice \u202Egpj.exe\u202C.txt')).toBe('Invoice \\u{202E}gpj.exe\\u{202C}.txt');
    expect(escapeBidiControls(CONTROLS.join(''))).toBe('\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{200E}\\u{200F}\\u{61C}');
  });
});
