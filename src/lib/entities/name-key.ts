/**
 * The identity of a name: what is left when spelling variants are folded
 * away. Marks, case, punctuation and doubled letters go, so "Zelenskyy",
 * "Zelensky" and "ZELENSKY" are one key, as are "Al-Assad" and "Al Assad".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑–]/gu, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The key of a name's last word: how a surname alone finds the full name. */
export function surnameKey(name: string): string {
  return nameKey(name).split(' ').at(-1) ?? '';
}

/** A URL segment for an entity's name, readable in every script. */
export function entitySlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
}
