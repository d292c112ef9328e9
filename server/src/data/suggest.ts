/** "did you mean …": the closest known id to a misspelt one, if it is close enough to be a typo. */

export function closest(wrong: string, candidates: Iterable<string>): string | undefined {
  // About one edit in four characters: "arsm" -> "arsom", not "asean" -> "arsom"; ids of one or two letters get none.
  const limit = wrong.length < 3 ? 0 : Math.max(1, Math.floor(wrong.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - wrong.length) > bestDistance) continue;
    // Below the cap the distance is exact, so a tie is a real tie (broken alphabetically for stable output).
    const d = editDistance(wrong, c, bestDistance + 1);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) [best, bestDistance] = [c, d];
  }
  return bestDistance <= limit ? best : undefined;
}

export const didYouMean = (suggestion: string | undefined): string => (suggestion ? `; did you mean "${suggestion}"?` : '');

/** Levenshtein distance with adjacent transposition, giving up (returning `cap`) once it cannot be below cap. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin >= cap) return cap;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length];
}
