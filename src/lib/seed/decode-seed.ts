import type { SeedError } from './types.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a seed file's bytes as UTF-8 without replacing bad bytes: silently
 * turning them into U+FFFD would publish text that is not what the file says.
 */
export function decodeSeed(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; error: SeedError } {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const offset = firstInvalidOffset(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const hex = Array.from(bytes.subarray(offset, offset + 4), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join(' ');
    return {
      ok: false,
      error: {
        file,
        line,
        expected: 'UTF-8 text',
        found: `bytes that are not UTF-8 at byte ${offset} (${hex})`,
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence; the length when there is none. */
export function firstInvalidOffset(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes in streaming mode, which
  // accepts a prefix that ends mid-sequence but not one that holds a bad byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  // The prefix may end inside a sequence that the next byte (or the end of
  // the file) breaks off: then the fault is that sequence's lead byte.
  let lead = low - 1;
  while (lead >= 0 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  return lead >= 0 && lead + sequenceLength(bytes[lead]!) > low ? lead : low;
}

function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}
