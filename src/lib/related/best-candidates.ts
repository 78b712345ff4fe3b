/** The `limit` highest-scoring candidates at or above `minScore`, ties to the earlier article. */
export function bestCandidates(
  candidates: readonly number[],
  scores: Float64Array,
  limit: number,
  minScore: number,
): number[] {
  // A running top list: candidates can be most of the archive, and sorting them all per article was the slowest step.
  const top: number[] = [];
  for (const candidate of candidates) {
    const score = scores[candidate]!;
    if (score < minScore || (top.length === limit && !outranks(candidate, top.at(-1)!, scores)))
      continue;
    let at = top.length;
    while (at > 0 && outranks(candidate, top[at - 1]!, scores)) at--;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top;
}

function outranks(a: number, b: number, scores: Float64Array): boolean {
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
}
