/**
 * Where two versions of a draft differ, found by comparing them rather than from change events: the
 * incremental scan and the diagnostics memo both keep the last text they read and compare the next.
 */

/** Length of the common prefix, by binary search over native string comparison (a 1 MB draft in well under a millisecond). */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  // Most edits are far from the start: check a large prefix first, then narrow.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix that does not reach into the first `prefix` characters. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length) - prefix;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
