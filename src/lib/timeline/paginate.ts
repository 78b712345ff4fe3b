/** No listing page holds more articles than this, whatever the size of the archive. */
export const PAGE_SIZE = 200;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
