/**
 * Ordinals the recogniser reads from their context: a generic meeting word with an ordinal ("KTT ke-42",
 * "the 37th Summit"), ordinals coordinated with one that resolved ("KTT ke-40 dan ke-41", "the 31st and
 * 32nd ASEAN Summits"), and a series with the year of one of its meetings ("ASCC 2023").
 */
import type { FormTable } from '../index/forms';
import { hashStart } from '../text/hash';
import type { EntityIndex, FormEntry } from '../index/types';
import type { Candidate, Hit } from './hits';
import { formKey, joinable, type TokenStream } from '../text/tokens';

export const join = (s: TokenStream, a: number, b: number): boolean => joinable(s.text, s.end[a], s.start[b], s.end[a] - s.start[a] === 1);

/** Words absorbed before an ordinal: "Pertemuan ke-16 ARSOM", "Sidang ASCC ke-29" keep their whole phrase. */
const MEETING_NOUNS = new Set(['pertemuan', 'sidang', 'rapat', 'konferensi']);
const MEETING_NOUN_HASHES = new Set([...MEETING_NOUNS].map(hashStart));

/** Where a meeting's phrase starts when its first word is token `lead`. */
export function phraseStart(s: TokenStream, lead: number): number {
  const before = lead - 1;
  const noun = before >= 0 && MEETING_NOUN_HASHES.has(s.hash[before]) && MEETING_NOUNS.has(s.norm(before)) && join(s, before, lead);
  return s.start[noun ? before : lead];
}

/**
 * Generic words that name a series with one other word ("KTT" of "KTT ASEAN", "summit" of "ASEAN Summit"):
 * word -> those series. Words that are themselves an organisation's or a meeting's form ("ASEAN") are left
 * out, so "ASEAN ke-56" is not a summit. The recogniser's memo keeps them, built once per index on the first draft that needs them.
 */
export type SeriesHeads = ReadonlyMap<number, readonly string[]>;

export function seriesHeads(table: FormTable, index: EntityIndex): SeriesHeads {
  // Keyed by the word's hash, as the tokenizer computes it: looking a word up builds no string.
  const heads = new Map<number, string[]>();
  for (let slot = 0; slot < table.keys.count; slot++) {
    // The entries read from the table's arrays, not made into objects (entriesAt keeps what it makes):
    // this runs over every form, and keeping 150,000 entries would cost the server megabytes for good.
    let words: string[] | undefined;
    for (let e = table.entryStart[slot]; e < table.entryStart[slot + 1]; e++) {
      const id = table.ids[table.entryEntity[e]];
      if (index.kindOf(id) !== 'meeting-series') continue;
      words ??= table.keys.get(slot).split(' ');
      if (words.length !== 2) break;
      for (const w of words) {
        const own = index.forms.get(w);
        if (own?.some((x) => index.kindOf(x.id) !== 'term')) continue;
        const h = hashStart(w);
        const list = heads.get(h) ?? heads.set(h, []).get(h)!;
        if (!list.includes(id)) list.push(id);
      }
    }
  }
  return heads;
}

/** Is the word with this hash a generic meeting word ("KTT", "summit")? The one test most words near an ordinal fail. */
export const isSeriesHead = (heads: SeriesHeads, hash: number): boolean => heads.has(hash);

/** The meeting (or the series, with an ordinal it lacks) that series and an ordinal name, when only one does. */
function meetingOf(series: readonly string[], ordinal: number, index: EntityIndex): Candidate | undefined {
  const found = series.filter((id) => index.instance(id, ordinal));
  if (found.length === 1) return { id: index.instance(found[0], ordinal)!, score: 12, via: 'alias' };
  if (found.length === 0 && series.length === 1) return { id: series[0], score: 7, via: 'alias', unknownOrdinal: ordinal };
  return undefined;
}

/** A form found from token k by the recogniser's walk: its last token and entries. */
export type MatchAt = (k: number) => { last: number; entries: readonly FormEntry[] } | undefined;

const isCapital = (s: TokenStream, k: number): boolean => {
  const c = s.text[s.start[k]];
  return c !== c.toLowerCase();
};

/**
 * "KTT ke-42", "37th Summit": token i, a generic meeting word, next to an ordinal; `from` is where hits may start.
 * "KTT ke-15 Segitiga Pertumbuhan Indonesia-Malaysia-Thailand" is that organisation's summit: the series the
 * word forms with the organisation's acronym ("KTT IMT-GT"), never the generic word's own series.
 */
export function bareOrdinalHit(s: TokenStream, i: number, heads: SeriesHeads, index: EntityIndex, from: number, matchAt: MatchAt): { hit: Hit; ord: number; resolveFor: (n: number) => Candidate[] } | undefined {
  const ord = i > 0 && s.ordinal[i - 1] && join(s, i - 1, i) && s.start[i - 1] >= from ? i - 1 : i + 1 < s.length && s.ordinal[i + 1] && join(s, i, i + 1) ? i + 1 : -1;
  if (ord < 0) return undefined;
  let series = heads.get(s.hash[i]);
  let last = Math.max(i, ord);
  const next = last + 1;
  if (ord > i && next < s.length && join(s, ord, next) && isCapital(s, next)) {
    const named = matchAt(next);
    if (named) {
      series = seriesOfOrganisation(s.norm(i), named.entries, index);
      last = named.last;
    }
  }
  const c = series && meetingOf(series, s.ordinal[ord], index);
  if (!c || !series) return undefined;
  // The generic word is the meeting's own noun: "pertemuan KTT ke-42" is a meeting of the summit, not part of its name.
  const hit: Hit = { start: s.start[Math.min(i, ord)], end: s.end[last], ordinal: s.ordinal[ord], candidates: [c] };
  const found = series;
  return { hit, ord, resolveFor: (n) => [meetingOf(found, n, index)].filter((x): x is Candidate => x !== undefined) };
}

/** The series a generic word forms with an organisation's acronym: "KTT" + IMT-GT -> "KTT IMT-GT". */
function seriesOfOrganisation(word: string, entries: readonly FormEntry[], index: EntityIndex): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (index.kindOf(e.id) !== 'organization') continue;
    for (const acronym of index.summaryOf(e.id)?.acronyms ?? []) {
      for (const key of [`${word} ${formKey(acronym)}`, `${formKey(acronym)} ${word}`]) {
        for (const x of index.forms.get(key) ?? []) if (index.kindOf(x.id) === 'meeting-series' && !out.includes(x.id)) out.push(x.id);
      }
    }
  }
  return out;
}

const AND = new Set(['dan', 'and', 'serta'].map(hashStart));

/** Is token k an ordinal coordinated with token k + 2 (or k - 2): "ke-40 dan ke-41", "31st and 32nd"? */
const coordinated = (s: TokenStream, a: number, b: number): boolean =>
  a >= 0 && b < s.length && s.ordinal[a] > 0 && s.ordinal[b] > 0 && AND.has(s.hash[a + 1]) && join(s, a, a + 1) && join(s, a + 1, b);

/**
 * Hits for the ordinals coordinated with the one a hit resolved (token `ord`), resolved by `resolveFor`:
 * those before it are spliced in before `hits`' last hit, those after returned with the token to go on from.
 */
export function coordinatedHits(s: TokenStream, ord: number, hits: Hit[], resolveFor: (ordinal: number) => Candidate[]): number {
  const hit = hits[hits.length - 1];
  const before: Hit[] = [];
  const floor = hits.length > 1 ? hits[hits.length - 2].end : 0;
  for (let k = ord - 2; coordinated(s, k, k + 2) && s.start[k] >= floor; k -= 2) {
    const candidates = resolveFor(s.ordinal[k]);
    if (candidates.length === 0) break;
    before.unshift({ start: s.start[k], end: s.end[k], ordinal: s.ordinal[k], candidates });
  }
  if (before.length) hits.splice(hits.length - 1, 0, ...before);
  let next = ord;
  while (next + 1 < s.length && s.start[next + 1] < hit.end) next++;
  for (let k = next; k === ord && coordinated(s, k, k + 2); k += 2, ord = k) {
    const candidates = resolveFor(s.ordinal[k + 2]);
    if (candidates.length === 0) break;
    hits.push({ start: s.start[k + 2], end: s.end[k + 2], ordinal: s.ordinal[k + 2], candidates });
    next = k + 2;
  }
  return next + 1;
}

/** "ASCC 2023": the one meeting of these series that started in the year token `k` names. */
export function yearMeeting(s: TokenStream, k: number, series: readonly string[], index: EntityIndex): string | undefined {
  if (k >= s.length || s.end[k] - s.start[k] !== 4 || !/^(19|20)\d\d$/.test(s.raw(k))) return undefined;
  const year = s.raw(k);
  const found = series.flatMap((id) => index.instancesOf(id).filter((m) => index.summaryOf(m)?.dates?.start.startsWith(year)));
  return found.length === 1 ? found[0] : undefined;
}
