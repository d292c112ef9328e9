/**
 * Readings a form would give that the words around it rule out: "Ad-Hoc Working Group on Trade" is another
 * group, "Deputy Secretary-General" is not the Secretary-General, lower-case "kementerian luar negeri" is
 * any country's ministry, not Indonesia's, "KTT ASEAN-India" is not the ASEAN Summit; and the reading a name
 * gives the acronym in parentheses after it.
 */
import { hashStart } from '../text/hash';
import type { EntityIndex, FormEntry } from '../index/types';
import type { Hit } from './hits';
import type { TokenStream } from '../text/tokens';

const OF = new Set(['on', 'of', 'for', 'tentang', 'untuk'].map(hashStart));
const DEPUTY = new Set(['deputy', 'vice', 'assistant', 'wakil', 'deputi'].map(hashStart));
/** "ASEAN Summit-Related Meetings", "ASEAN Summit-Level": the word after the dash makes an adjective of the form, it names no partner. */
const COMPOUND = new Set(['related', 'level', 'led', 'wide', 'based', 'linked', 'hosted', 'sponsored', 'style', 'centred', 'centered'].map(hashStart));
/** Does a word start with a capital? ASCII without building a string. */
function capital(s: TokenStream, k: number): boolean {
  const c = s.text.charCodeAt(s.start[k]);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
const spaceBetween = (s: TokenStream, a: number): boolean => s.start[a + 1] === s.end[a] + 1 && s.text.charCodeAt(s.end[a]) === 0x20;
export const isDash = (c: number): boolean => c === 0x2d || (c >= 0x2010 && c <= 0x2014);
export const isMeeting = (index: EntityIndex, id: string): boolean => {
  const kind = index.kindOf(id);
  return kind === 'meeting-series' || kind === 'meeting';
};

/**
 * "KTT ASEAN-India", "Menlu Asean-GCC", "KTT ASEAN -Jepang": a meeting's or a series' form that a hyphen or dash
 * glued to a capitalised word goes on from names a more specific meeting (ASEAN's with India), not that one. A
 * longer form of the data ("KTT ASEAN-Rusia") was read first: the walk takes the longest.
 */
export function namesNarrowerMeeting(s: TokenStream, last: number, entries: readonly FormEntry[], index: EntityIndex): boolean {
  const next = last + 1;
  if (next >= s.length || !isDash(s.text.charCodeAt(s.start[next] - 1)) || s.ordinal[next] || !capital(s, next) || COMPOUND.has(s.hash[next])) return false;
  // Nothing between the form and the dash, or one space ("ASEAN -Jepang"); " - " is a sentence's dash.
  const gap = s.start[next] - s.end[last];
  if (gap !== 1 && (gap !== 2 || s.text.charCodeAt(s.end[last]) !== 0x20)) return false;
  return entries.every((e) => isMeeting(index, e.id));
}

/** Should the reading of words first..last be dropped? */
export function ruledOut(s: TokenStream, first: number, last: number, entries: readonly FormEntry[], index: EntityIndex): boolean {
  // The word tests come first: they fail for nearly every hit of a draft, before any entry is looked at.
  const of = last + 2 < s.length && OF.has(s.hash[last + 1]) && spaceBetween(s, last) && spaceBetween(s, last + 1) && capital(s, last + 2);
  // An alias followed by "on Trade", "tentang Perdagangan": the text names something more specific.
  if (of && entries.every((e) => e.via === 'alias')) return true;
  // "Deputy Secretary-General", "Wakil Sekretaris Jenderal": a title term after a rank word is another office.
  if (first > 0 && DEPUTY.has(s.hash[first - 1]) && spaceBetween(s, first - 1) && entries.every((e) => index.kindOf(e.id) === 'term')) return true;
  if (namesNarrowerMeeting(s, last, entries, index)) return true;
  // An organisation's name in lower case before a country's is the common noun ("kementerian luar negeri Malaysia").
  if (capital(s, first) || last + 1 >= s.length || !spaceBetween(s, last) || !capital(s, last + 1)) return false;
  return entries.every((e) => e.via !== 'acronym' && index.kindOf(e.id) === 'organization');
}

/** A hit ends before a closing quotation mark the tokenizer took for an apostrophe ("‘ARSOM’"), not "Officials’". */
export function withoutClosingQuote(s: TokenStream, hit: Hit): Hit {
  const c = s.text.charCodeAt(hit.end - 1);
  if ((c === 0x27 || c === 0x2019) && (s.text.charCodeAt(hit.end - 2) | 0x20) !== 0x73) hit.end--;
  return hit;
}

/** "Sidang ke-29 Dewan … ASEAN (ASCC)": an acronym in parentheses after a name reads as that name (or its series). */
export function preferNamed(text: string, prev: Hit, hit: Hit, index: EntityIndex): void {
  if (hit.candidates.length < 2 || hit.start !== prev.end + 2 || text.charCodeAt(prev.end) !== 0x20 || text.charCodeAt(prev.end + 1) !== 0x28 || text.charCodeAt(hit.end) !== 0x29) return;
  const named = prev.candidates[0].id;
  const series = index.kindOf(named) === 'meeting' ? index.byId.get(named)?.series : undefined;
  const k = hit.candidates.findIndex((c) => c.id === named || c.id === series);
  if (k > 0) hit.candidates = [hit.candidates[k], ...hit.candidates.filter((_, j) => j !== k)];
}
