import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peekSeedDate } from '../../../../src/lib/seed/read-seed.ts';

describe('peekSeedDate', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peek-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const peek = (text: string | Uint8Array) => {
    const file = join(folder, 'seed.txt');
    writeFileSync(file, text);
    return peekSeedDate(file);
  };

  it('reads the date of a header in any of the forms the parser accepts', () => {
    expect(peek(' date 2025-11-22 The body follows on the same line.')).toBe('2025-11-22');
    expect(peek('\uFEFF date 2025-01-02\r\nThe body on the next line.')).toBe('2025-01-02');
    expect(peek('\u00a0\tdate\t2025-01-03\rCR-only line ends.')).toBe('2025-01-03');
    expect(peek(` date 2025-01-04 ${'long '.repeat(10_000)}`)).toBe('2025-01-04');
  });

  it('reads the whole file when the header lies beyond its first bytes', () => {
    expect(peek(`${' '.repeat(300)}date 2025-01-05 Padded.`)).toBe('2025-01-05');
    expect(peek(`${' '.repeat(250)}date 2025-01-06 Cut in the middle of the date.`)).toBe('2025-01-06');
  });

  it('gives the token after "date" unchecked, or nothing without a header', () => {
    expect(peek(' date 22/11/2025 Slashed.')).toBe('22/11/2025');
    expect(peek('Just some notes without a date header.')).toBeUndefined();
    expect(peek('')).toBeUndefined();
    expect(peek(new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0x20]))).toBe('\ufffd');
  });
});
