import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../../src/lib/seed/decode-seed.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
  );

describe('decodeSeed', () => {
  it('decodes UTF-8 in any script', () => {
    expect(decodeSeed(bytes(' date 2025-01-01 Путин 中国 مرحبا 🇺🇦'), 'a.txt')).toEqual({
      ok: true,
      text: ' date 2025-01-01 Путин 中国 مرحبا 🇺🇦',
    });
  });

  it('keeps a byte order mark for the parser to drop', () => {
    expect(decodeSeed(bytes([0xef, 0xbb, 0xbf], 'date'), 'a.txt')).toEqual({
      ok: true,
      text: '\uFEFFdate',
    });
  });

  it('rejects invalid bytes with the line and offset of the first one', () => {
    expect(
      decodeSeed(
        bytes(' date 2025-01-01 Fine.\n\nStill fine.\n\nBad ', [0xff, 0xfe], ' here.'),
        'latin.txt',
      ),
    ).toEqual({
      ok: false,
      error: {
        file: 'latin.txt',
        line: 5,
        expected: 'UTF-8 text',
        found: 'bytes that are not UTF-8 at byte 41 (ff fe 20 68)',
      },
    });
  });

  it('rejects Latin-1 text, which is not UTF-8', () => {
    const result = decodeSeed(Buffer.from(' date 2025-01-01 Café', 'latin1'), 'a.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.found).toBe('bytes that are not UTF-8 at byte 20 (e9)');
  });

  it('points at the first byte of a broken sequence inside the text', () => {
    const result = decodeSeed(Buffer.from(' date 2025-01-01 Café au lait', 'latin1'), 'a.txt');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.found).toBe('bytes that are not UTF-8 at byte 20 (e9 20 61 75)');
  });

  it('rejects a file cut off inside a character, pointing at its first byte', () => {
    const result = decodeSeed(bytes('abc', [0xe4, 0xb8]), 'a.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.found).toBe('bytes that are not UTF-8 at byte 3 (e4 b8)');
  });
});
