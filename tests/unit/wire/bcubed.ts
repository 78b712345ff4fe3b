export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * BCubed precision and recall of a clustering against labelled classes
 * (Bagga and Baldwin, 1998): for each item, the share of its cluster that
 * shares its class, and the share of its class that shares its cluster,
 * averaged over the items. `found[i]` and `labelled[i]` name item i's
 * cluster and class; an item with no cluster (undefined) is a cluster of its own.
 */
export function bcubed(
  found: readonly (string | undefined)[],
  labelled: readonly string[],
): BCubed {
  if (found.length !== labelled.length) throw new Error('one cluster and one class per item');
  if (found.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const clusters = found.map((cluster, item) => cluster ?? `\0${item}`);
  const count = (keys: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const clusterSize = count(clusters);
  const classSize = count(labelled);
  const both = count(clusters.map((cluster, item) => `${cluster}\0\0${labelled[item]}`));
  let precision = 0;
  let recall = 0;
  for (const [item, cluster] of clusters.entries()) {
    const shared = both.get(`${cluster}\0\0${labelled[item]}`)!;
    precision += shared / clusterSize.get(cluster)!;
    recall += shared / classSize.get(labelled[item]!)!;
  }
  precision /= clusters.length;
  recall /= clusters.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
