import { firstInvalidOffset } from '../seed/decode-seed.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name's bytes as text to show: valid UTF-8 as it reads, any other
 * byte as \xNN, so a Latin-1 name from an old archive ("caf\xE9.txt") can be
 * named in a message and found on disk.
 */
export function showFileName(bytes: Uint8Array): string {
  let shown = '';
  let rest = bytes;
  while (rest.length > 0) {
    const bad = firstInvalidOffset(rest);
    shown += utf8.decode(rest.subarray(0, bad));
    if (bad < rest.length) shown += `\\x${rest[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    rest = rest.subarray(bad + 1);
  }
  return shown;
}
