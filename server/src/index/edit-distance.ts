/**
 * "One typo" checks: one substitution, insertion, deletion or swap of two
 * neighbouring letters ("Huorn" for "Hourn"). A bound of one lets these run in
 * linear time without a distance matrix, which matters when the word-gram step
 * hands over hundreds of words to verify per keystroke.
 */

/** Are a and b equal or one edit (including one adjacent transposition) apart? */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  const i = firstMismatch(a, b);
  if (diff === 1) return a.slice(i + 1) === b.slice(i);
  if (diff === -1) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Is `typed` within one edit of some prefix of `word`? For the word still being typed. */
export function prefixWithinOneEdit(typed: string, word: string): boolean {
  const n = typed.length;
  for (let len = n - 1; len <= n + 1; len++) {
    if (len >= 1 && len <= word.length && withinOneEdit(typed, word.slice(0, len))) return true;
  }
  return false;
}

function firstMismatch(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
