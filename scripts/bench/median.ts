/** The item in the middle by `key` (the later of the two middle ones for an even count). */
export function median<T>(items: T[], key: (item: T) => number): T {
  return items.toSorted((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;
}
