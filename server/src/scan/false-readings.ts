/**
 * Readings a form would give that the words around it rule out: "Ad-Hoc Working Group on Trade" is another
 * group, "Deputy Secretary-General" is not the Secretary-General, lower-case "kementerian luar negeri" is
 * any country's ministry, not Indonesia's; and the reading a name gives the acronym in parentheses after it.
 */
import { hashStart } from '../index/hash';
import type { EntityIndex, FormEntry } from '../index/types';
import type { Hit } from './hits';
import type { TokenStream } from './tokens';

const OF = new Set(['on', 'of', 'for', 'tentang', 'untuk'].map(hashStart));
const DEPUTY = new Set(['deputy', 'vice', 'assistant', 'wakil', 'deputi'].map(hashStart));
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const spaceBetween = (s: TokenStream, a: number): boolean => s.start[a + 1] === s.end[a] + 1 && s.text.charCodeAt(s.end[a]) === 0x20;

/** Should the reading of words first..last be dropped? */
export function ruledOut(s: TokenStream, first: number, last: number, entries: readonly FormEntry[], index: EntityIndex): boolean {
  const kinds = entries.map((e) => index.kindOf(e.id));
  // An alias followed by "on Trade", "tentang Perdagangan": the text names something more specific.
  if (entries.every((e) => e.via === 'alias') && last + 2 < s.length && OF.has(s.hash[last + 1]) && spaceBetween(s, last) && spaceBetween(s, last + 1) && isUpper(s.text[s.start[last + 2]])) return true;
  // "Deputy Secretary-General", "Wakil Sekretaris Jenderal": a title term after a rank word is another office.
  if (kinds.every((k) => k === 'term') && first > 0 && DEPUTY.has(s.hash[first - 1]) && spaceBetween(s, first - 1)) return true;
  // An organisation's name in lower case before a country's is the common noun ("kementerian luar negeri Malaysia").
  const lower = kinds.every((k) => k === 'organization') && entries.every((e) => e.via !== 'acronym') && !isUpper(s.text[s.start[first]]);
  if (lower && last + 1 < s.length && spaceBetween(s, last) && isUpper(s.text[s.start[last + 1]])) return true;
  return false;
}

/** A hit ends before a closing quotation mark the tokenizer took for an apostrophe ("‘ARSOM’"), not "Officials’". */
export function withoutClosingQuote(s: TokenStream, hit: Hit): Hit {
  const c = s.text.charCodeAt(hit.end - 1);
  if ((c === 0x27 || c === 0x2019) && (s.text.charCodeAt(hit.end - 2) | 0x20) !== 0x73) hit.end--;
  return hit;
}

/** "Sidang ke-29 Dewan … ASEAN (ASCC)": an acronym in parentheses after a name reads as that name (or its series). */
export function preferNamed(text: string, prev: Hit, hit: Hit, index: EntityIndex): void {
  if (hit.candidates.length < 2 || text.slice(prev.end, hit.start) !== ' (' || text[hit.end] !== ')') return;
  const named = prev.candidates[0].id;
  const series = index.kindOf(named) === 'meeting' ? index.byId.get(named)?.series : undefined;
  const k = hit.candidates.findIndex((c) => c.id === named || c.id === series);
  if (k > 0) hit.candidates = [hit.candidates[k], ...hit.candidates.filter((_, j) => j !== k)];
}
