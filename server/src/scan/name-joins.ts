/**
 * Where a name goes on past punctuation: an acronym in parentheses inside it ("Konferensi Tingkat Tinggi (KTT)
 * ASEAN ke-42"), a comma, plus or colon it holds ("Kementerian Pendidikan, Kebudayaan, …", "ASEAN+3", "ASEAN
 * Matters: Epicentrum of Growth") and the point of an abbreviation it ends with ("Ferdinand Marcos Jr."). The
 * recogniser's walk steps over them; the key comparison then skips the parenthetical and checks the punctuation.
 */
import { join } from './ordinal-context';
import type { TokenStream } from '../text/tokens';

const isMark = (c: number): boolean => c === 0x2c || c === 0x2b || c === 0x3a;

/** The separator a key has between words a and b (forms.ts separator): a comma, a plus, a colon, else a space. */
export function separatorCode(s: TokenStream, a: number, b: number): number {
  for (let j = s.end[a], end = s.start[b]; j < end; j++) {
    const c = s.text.charCodeAt(j);
    if (c === 0x28) return 0x20;
    if (isMark(c)) return c;
  }
  return 0x20;
}

/**
 * "Pendidikan, Kebudayaan", "ASEAN+3", "Matters: Epicentrum": a comma, plus or colon between words on one line,
 * after the point of an initial too ("A.C.T.: Addressing"); keyEquals checks the name has it.
 */
export function punctuationJoin(s: TokenStream, a: number, b: number): boolean {
  let marks = 0;
  let j = s.end[a];
  if (s.text.charCodeAt(j) === 0x2e && s.end[a] - s.start[a] === 1) j++;
  for (const end = s.start[b]; j < end; j++) {
    const c = s.text.charCodeAt(j);
    if (isMark(c)) marks++;
    else if (c !== 0x20) return false;
  }
  return marks === 1;
}

/** Abbreviations a name may end with, their point part of it: "Ferdinand Marcos Jr.", "Rodolfo Severino Jr.". */
const POINTED = new Set(['jr', 'sr', 'jnr', 'snr']);

/**
 * Where a reference ending with word k ends: after the point of an abbreviation ("Jr.", "Sr.") or of dotted
 * initials ("ASEAN A.C.T."), which the words leave out; else at the word's end.
 */
export function endWithPoint(s: TokenStream, k: number): number {
  const end = s.end[k];
  if (s.text.charCodeAt(end) !== 0x2e) return end;
  const length = end - s.start[k];
  // "A.C.T.": a one-letter word after another initial's point.
  if (length === 1) return k > 0 && s.end[k - 1] + 1 === s.start[k] && s.text.charCodeAt(s.end[k - 1]) === 0x2e && s.end[k - 1] - s.start[k - 1] === 1 ? end + 1 : end;
  return length <= 3 && POINTED.has(s.key(k)) ? end + 1 : end;
}

const MAX_ASIDE_WORDS = 3;

/**
 * An acronym in parentheses inside a name, "(KTT)" or "(IMT-GT)": up to three words, the first capitalised,
 * between "(" and ")". Its tokens are marked as stepped over by the walk from `owner`; returns the word after
 * the ")" (or -1).
 */
export function stepAside(s: TokenStream, last: number, j: number, owner: number): number {
  // "(" or " (" right before the word: character tests, as this runs wherever a name meets punctuation.
  const gap = s.start[j] - s.end[last];
  if ((gap !== 1 && gap !== 2) || s.text.charCodeAt(s.start[j] - 1) !== 0x28 || (gap === 2 && s.text.charCodeAt(s.end[last]) !== 0x20)) return -1;
  if (!/\p{Lu}/u.test(s.text[s.start[j]])) return -1;
  let k = j;
  while (k + 1 < s.length && k - j + 1 < MAX_ASIDE_WORDS && join(s, k, k + 1) && s.start[k + 1] - s.end[k] <= 1) k++;
  if (k + 1 >= s.length || !/^\) ?$/.test(s.text.slice(s.end[k], s.start[k + 1]))) return -1;
  for (let a = j; a <= k; a++) s.asideOf[a] = owner + 1;
  return k + 1;
}

/** The token after `k`, stepping over the parenthetical the walk from `owner` stepped over. */
export function afterAside(s: TokenStream, k: number, owner: number): number {
  let j = k + 1;
  // The walk stops before a parenthetical when no longer form follows: step over it here.
  if (j < s.length && s.asideOf[j] !== owner + 1 && !join(s, k, j)) return Math.max(j, stepAside(s, k, j, owner));
  while (j < s.length && s.asideOf[j] === owner + 1) j++;
  return j;
}
