import { foldMarks, joinWithin, SLUG_MAX_BYTES } from '../derive/slug.ts';

/**
 * The identity of a name: what is left when its writing is folded away.
 * Marks, case and punctuation go, so "Zoë Müller" and "ZOE MULLER" are one
 * key, as are "Al-Assad" and "Al Assad". Letters stay: "Brittain" is not
 * "Britain" (spelling variants are merged on evidence, see spellingKey).
 */
export function nameKey(name: string): string {
  return foldMarks(name)
    .replace(/[-‐‑–]/gu, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A key with doubled letters made single: "Zelenskyy" and "Zelensky" share
 * one. Two names with the same spelling key are only candidates: they are the
 * same name when an article writes both.
 */
export function spellingKey(key: string): string {
  return key.replace(/(\p{L})\1+/gu, '$1');
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
