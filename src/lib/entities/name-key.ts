import { foldMarks, joinWithin, SLUG_MAX_BYTES } from '../derive/slug.ts';

/**
 * The identity of a name: what is left when spelling variants are folded
 * away. Marks, case, punctuation and doubled letters go, so "Zelenskyy",
 * "Zelensky" and "ZELENSKY" are one key, as are "Al-Assad" and "Al Assad".
 */
export function nameKey(name: string): string {
  return foldMarks(name)
    .replace(/[-‐‑–]/gu, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The last word of a name's key: how a surname alone finds the full name. */
export function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** The key of a name's last word. */
export function surnameKey(name: string): string {
  return surnameOf(nameKey(name));
}

/** A URL segment for an entity's name, readable in every script, and a folder name of the built site: bounded as article slugs are. */
export function entitySlug(name: string): string {
  return joinWithin(
    foldMarks(name)
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter(Boolean),
    SLUG_MAX_BYTES,
  );
}
