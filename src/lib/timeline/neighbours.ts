interface Neighboured<T> {
  item: T;
  previous: T | undefined;
  next: T | undefined;
}

/** Each item with the one before it and the one after it: an article's previous and next, a period's earlier and later. */
export function withNeighbours<T>(items: readonly T[]): Neighboured<T>[] {
  return items.map((item, index) => ({ item, previous: items[index - 1], next: items[index + 1] }));
}
