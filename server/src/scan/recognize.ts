/**
 * Text -> references. Token-driven: each word is looked up once as a possible
 * form start and extended word by word while a longer form may follow, so the
 * cost grows with the draft, not with the number of entities.
 *
 * Ordinals are not part of any form: "KTT ASEAN ke-42", "KTT ke-42 ASEAN",
 * "the 42nd ASEAN Summit" and "ARSOM ke-16" are a series form with an ordinal
 * before, inside or after it, resolved to the meeting with that ordinal.
 */
import type { Entity, EntityKind } from '../data/dataset';
import { hashCombine, hashNext } from '../text/hash';
import { acceptedAs, entriesAt, entriesWrittenAs, hasFormTable, type FormTable } from '../index/forms';
import type { EntityIndex, FormEntry } from '../index/types';
import type { Candidate, FormKind, Hit } from './hits';
import { isDash, isMeeting, namesNarrowerMeeting, preferNamed, ruledOut, withoutClosingQuote } from './false-readings';
import { bareOrdinalHit, coordinatedHits, isSeriesHead, join, phraseStart, seriesHeads, yearMeeting, type SeriesHeads } from './ordinal-context';
import { afterAside, endWithPoint, punctuationJoin, separatorCode, stepAside } from './name-joins';
import { exactOfRange, scanWords, TokenStream } from '../text/tokens';

interface Match {
  /** Index of the first and last word token of the form. */
  first: number;
  last: number;
  entries: readonly FormEntry[];
}

/**
 * What one recognise call has already worked out for a list of form entries:
 * whether it names a meeting series, and its candidates (per ordinal). A dense
 * draft names the same few hundred entities thousands of times; hits of the
 * same form share one candidates array, so treat `Hit.candidates` as read-only.
 */
interface Resolved {
  series: boolean;
  plain?: Candidate[];
  byOrdinal?: Map<number, Candidate[]>;
}
type Memo = Map<readonly FormEntry[], Resolved>;
const MEMO_LIMIT = 50_000;

/**
 * What the recogniser keeps between calls, owned by whoever scans (the service's scan cache keeps
 * one): what each form's entries resolve to against one index, so a draft re-scanned as it is typed
 * resolves the same forms again, and a scratch token stream. Invisible in any result; the index stays immutable.
 */
export interface RecognizerMemo {
  index?: EntityIndex;
  resolved: Memo;
  words: TokenStream;
  /** The generic meeting words of this index (ordinal-context.ts), built on the first draft that needs them. */
  heads?: SeriesHeads;
}

export const recognizerMemo = (): RecognizerMemo => ({ resolved: new Map(), words: new TokenStream('', 0) });

/** The memo's resolutions, for this index (a new index resolves afresh). */
function memoFor(memo: RecognizerMemo, index: EntityIndex): Memo {
  if (memo.index !== index) {
    memo.index = index;
    memo.resolved = new Map();
    memo.heads = undefined;
  }
  return memo.resolved;
}

export function recognize(text: string, index: EntityIndex, from = 0, to = text.length, kept: RecognizerMemo = recognizerMemo()): Hit[] {
  const forms = index.forms;
  const table = hasFormTable(forms) ? forms.table : undefined;
  // The memo's scratch stream: recognize never re-enters, and keeps no stream.
  const s = scanWords(text, from, to, kept.words);
  const hits: Hit[] = [];
  const memo = memoFor(kept, index);
  const headsOf = (): SeriesHeads => (kept.heads ??= table ? seriesHeads(table, index) : new Map());
  const found = new Int32Array(128);
  const n = s.length;
  // The first and last word of a series' form given up for the narrower meeting named from its last word ("KTT ASEAN"
  // of "KTT ASEAN-India"): words that meeting's hit takes (narrowed, widen).
  const narrower = { first: -1, last: -1 };
  for (let i = 0; i < n; ) {
    let match: Match | undefined;
    if (!s.ordinal[i]) {
      if (table) {
        const v = table.first.get(s.hash[i]);
        if (v >= 0) match = longestMatch(s, i, v, table, found);
      } else if (forms.hasPrefix(s.hash[i])) match = longestMatchByKey(s, i, index);
    }
    if (match && table) match = narrowed(s, match, index, narrower, headsOf, table, found);
    const ruled = match !== undefined && ruledOut(s, match.first, match.last, match.entries, index);
    const hit = match && !ruled ? toHit(s, match, index, memo, hits.length > 0 ? hits[hits.length - 1].end : -1) : undefined;
    // "KTT ke-42", "the 37th Summit": a generic meeting word (alone, or a term) next to an ordinal.
    const bare = table && nearOrdinal(s, i) && isSeriesHead(headsOf(), s.hash[i]) && (!hit || (match!.first === match!.last && hit.ordinal === undefined && isTerm(match!, index))) ? bareOrdinalHit(s, i, headsOf(), index, hits.length ? hits[hits.length - 1].end : 0, (k) => matchFrom(s, k, table, found)) : undefined;
    if (bare) {
      hits.push(bare.hit);
      i = coordinatedHits(s, bare.ord, hits, bare.resolveFor);
    } else if (hit) {
      if (table) widen(s, match!, hit, index, narrower, headsOf, table, found);
      hits.push(withoutClosingQuote(s, hit));
      if (hits.length > 1) preferNamed(s.text, hits[hits.length - 2], hit, index);
      i = nextAfter(s, match!, hit);
      const ord = hit.ordinal === undefined ? -1 : ordinalToken(s, hit, match!);
      if (ord >= 0) i = Math.max(i, coordinatedHits(s, ord, hits, (n) => resolve(match!.entries, n, index)));
    } else i++;
  }
  s.text = ''; // the scratch stream must not keep the draft alive
  return hits;
}

/** Words k and k + 1 joined by spaces alone (a dash is namesNarrowerMeeting's). */
function spaced(s: TokenStream, k: number): boolean {
  if (!join(s, k, k + 1)) return false;
  for (let j = s.end[k]; j < s.start[k + 1]; j++) if (isDash(s.text.charCodeAt(j))) return false;
  return true;
}

/**
 * May a form from word k go on to the word after it (joined by spaces)? Two lookups of the form table, made
 * before any walk: most names end where the next word starts none with them. An ordinal after k the walk steps
 * over, so there the answer is yes.
 */
function goesOn(s: TokenStream, k: number, table: FormTable): boolean {
  if (s.ordinal[k + 1]) return true;
  const v = table.first.get(s.hash[k]);
  return v >= 0 && (v & 1) === 1 && table.deep.get(hashCombine(s.hash[k], s.hash[k + 1])) >= 0;
}

/**
 * The form to read where a meeting's or a series' form names a narrower meeting than its own:
 * - "KTT ASEAN-India", "KTT ASEAN-Jepang", "KTT Asean-GCC": a dash glued to a capitalised word goes on from it
 *   (namesNarrowerMeeting). When the form found from its last word is a meeting's ("ASEAN-India"), the words
 *   before are that meeting's (`narrower`, which widen gives it; nothing is read here); else the shorter form
 *   inside is read ("KTT"), and the words after on their own ("ASEAN-Jepang", the partnership).
 * - "pertemuan pejabat senior ASEAN Plus Three": its last word starts a longer form of something else: the
 *   shorter form is read ("pertemuan pejabat senior", then "ASEAN Plus Three"), but a generic meeting word alone
 *   ("KTT ASEAN Plus Three") is that meeting's, as in "KTT ASEAN-India".
 */
function narrowed(s: TokenStream, m: Match, index: EntityIndex, narrower: { first: number; last: number }, heads: () => SeriesHeads, table: FormTable, found: Int32Array): Match | undefined {
  const glued = namesNarrowerMeeting(s, m.last, m.entries, index);
  if (!glued && (m.last === m.first || m.last + 1 >= s.length || !goesOn(s, m.last, table) || !spaced(s, m.last) || !m.entries.every((e) => isMeeting(index, e.id)))) return m;
  // Only a form that goes on past the last word counts: no shorter one is verified.
  const inner = matchFrom(s, m.last, table, found, m.last);
  const longer = inner !== undefined;
  if (!glued && (!longer || inner.entries.some((e) => m.entries.some((x) => x.id === e.id)))) return m;
  const shorter = longestMatch(s, m.first, table.first.get(s.hash[m.first]), table, found, m.last - 1);
  const fold = glued ? longer && inner.entries.some((e) => isMeeting(index, e.id)) : shorter !== undefined && shorter.first === shorter.last && isTerm(shorter, index) && isSeriesHead(heads(), s.hash[m.first]);
  if (!fold) return shorter;
  narrower.first = m.first;
  narrower.last = m.last;
  return undefined;
}

/**
 * A hit's span widened to the words around it that belong to the reference:
 * - "KTT ASEAN-India", "KTT ke-19 ASEAN-India": the generic words of the series form ruled out for a narrower
 *   meeting (`narrower`) are that meeting's, when the form found inside them ("ASEAN-India") names one;
 * - "ASEAN-India Summit": a generic meeting word after such a form, that makes a series' name with its first word
 *   ("ASEAN Summit") and names nothing alone;
 * - "Menlu Retno Marsudi": a person's form whose last word starts a longer form of the same person ("Retno Marsudi");
 * - "Ferdinand Marcos Jr.": the point of an abbreviation the form ends with.
 */
function widen(s: TokenStream, m: Match, hit: Hit, index: EntityIndex, narrower: { first: number; last: number }, heads: () => SeriesHeads, table: FormTable, found: Int32Array): void {
  const id = hit.candidates[0].id;
  const kind = index.kindOf(id);
  if (kind === 'meeting' || kind === 'meeting-series') {
    if (m.first > narrower.first && m.first <= narrower.last) hit.start = Math.min(hit.start, s.start[narrower.first]);
    let k = m.last + 1;
    while (k < s.length && s.start[k] < hit.end) k++;
    if (m.last > m.first && k < s.length && s.start[k] === hit.end + 1 && s.text.charCodeAt(hit.end) === 0x20 && !s.ordinal[k] && isSeriesHead(heads(), s.hash[k]) && table.deep.get(hashCombine(s.hash[m.first], s.hash[k])) >= 0 && !matchFrom(s, k, table, found)) {
      const series = index.forms.get(`${s.norm(m.first)} ${s.norm(k)}`);
      if (series?.some((e) => e.id !== id && index.kindOf(e.id) === 'meeting-series')) hit.end = s.end[k];
    }
    return;
  }
  if (hit.end !== s.end[m.last]) return;
  let last = m.last;
  if (kind === 'person' && last + 1 < s.length && join(s, last, last + 1) && goesOn(s, last, table)) {
    const longer = matchFrom(s, last, table, found, last);
    if (longer && longer.entries.some((e) => e.id === id)) last = longer.last;
  }
  hit.end = endWithPoint(s, last);
}

/**
 * The longest form starting at token i whose case rules accept the text; an ordinal token may sit inside.
 * The walk only collects (last word, slot) pairs; keys are compared afterwards, longest first, so a long
 * name is verified once rather than at every shorter form inside it. It ends after word `beyond` and at word
 * `lastAt` at the latest.
 */
function longestMatch(s: TokenStream, i: number, firstValue: number, table: FormTable, found: Int32Array, lastAt = s.length, beyond = -1): Match | undefined {
  let count = 0;
  let eager: Match | undefined;
  let hash = s.hash[i];
  let value = firstValue;
  for (let last = i; ; ) {
    if (value > 1) {
      if (count * 2 < found.length) {
        found[count * 2] = last;
        found[count * 2 + 1] = (value >> 1) - 1;
        count++;
      } else {
        // More nested forms than the scratch holds (never in practice): verify as we go.
        const entries = last <= lastAt && last > beyond ? formAt(table, (value >> 1) - 1, s, i, last) : undefined;
        if (entries) eager = { first: i, last, entries };
      }
    }
    if ((value & 1) === 0) break;
    const next = nextWord(s, last, i);
    if (next < 0) break;
    hash = hashCombine(hash, s.hash[next]);
    value = table.deep.get(hash);
    if (value < 0) break;
    last = next;
  }
  if (eager) return eager;
  for (let k = count - 1; k >= 0; k--) {
    const last = found[k * 2];
    if (last <= beyond) break;
    if (last > lastAt) continue;
    const entries = formAt(table, found[k * 2 + 1], s, i, last);
    if (entries) return { first: i, last, entries };
  }
  return undefined;
}

/** The entries of the form in the slot chain whose key the words first..last spell, once their case is accepted. */
function formAt(table: FormTable, slot: number, s: TokenStream, first: number, last: number): readonly FormEntry[] | undefined {
  for (; slot >= 0; slot = table.nextSame[slot]) {
    if (!keyEquals(table.keys.packed, table.keys.start[slot], table.keys.start[slot + 1] - 1, s, first, last)) continue;
    const entries = entriesAt(table, slot);
    const accepted = table.exact[slot] && rejectsSome(entries, s, first, last) ? entriesWrittenAs(table, slot, exactOfRange(s, first, last)) : entries;
    return accepted.length > 0 ? accepted : undefined;
  }
  return undefined;
}

/**
 * Does the text's separator stand for the key's? The same character, or for a name's colon ("ASEAN Matters:
 * Epicentrum of Growth") a comma, dash or space too: writers punctuate a theme as they like, and its words are its own.
 */
const separates = (key: number, text: number): boolean => key === text || (key === 0x3a && text !== 0x2b);

/** Do words first..last (ordinals skipped) have the key keys[from, to)? Compared in place for ASCII words. */
function keyEquals(keys: string, from: number, to: number, s: TokenStream, first: number, last: number): boolean {
  const text = s.text;
  let p = from;
  let prev = -1;
  for (let k = first; k <= last; k++) {
    if (s.ordinal[k] || s.asideOf[k] === first + 1) continue;
    if (p > from && (p >= to || !separates(keys.charCodeAt(p++), separatorCode(s, prev, k)))) return false;
    prev = k;
    if (s.simple[k]) {
      for (let j = s.start[k], end = s.end[k]; j < end; j++) {
        let c = text.charCodeAt(j);
        if (c === 0x27 || c === 0x2019 || c === 0x2bc) continue;
        if (c >= 0x41 && c <= 0x5a) c += 32;
        if (p >= to || keys.charCodeAt(p++) !== c) return false;
      }
    } else {
      const norm = s.norm(k);
      if (p + norm.length > to || !keys.startsWith(norm, p)) return false;
      p += norm.length;
    }
  }
  return p === to;
}

/** The same walk through FormIndex.get and hasPrefix, for an index built some other way. */
function longestMatchByKey(s: TokenStream, i: number, index: EntityIndex): Match | undefined {
  let best: Match | undefined;
  let key = s.norm(i);
  let hash = s.hash[i];
  for (let last = i; ; ) {
    const entries = index.forms.get(key);
    const accepted = entries && (rejectsSome(entries, s, i, last) ? acceptedAs(entries, exactOfRange(s, i, last)) : entries);
    if (accepted && accepted.length > 0) best = { first: i, last, entries: accepted };
    const next = nextWord(s, last, i);
    if (next < 0) return best;
    hash = hashNext(hash, s.norm(next));
    if (!index.forms.hasPrefix(hash)) return best;
    key += ' ' + s.norm(next);
    last = next;
  }
}

/**
 * The next word token that may continue a name, stepping over one ordinal ("KTT ke-42 ASEAN"), an acronym
 * in parentheses ("Konferensi Tingkat Tinggi (KTT) ASEAN") and a comma or plus that a name may hold.
 */
function nextWord(s: TokenStream, last: number, owner: number): number {
  let j = last + 1;
  if (j >= s.length) return -1;
  if (!join(s, last, j)) j = punctuationJoin(s, last, j) ? j : stepAside(s, last, j, owner);
  if (j < 0) return -1;
  if (s.ordinal[j]) {
    if (j + 1 >= s.length || s.ordinal[j + 1] || !join(s, j, j + 1)) return -1;
    j++;
  }
  return j;
}

/** Acronyms and cased aliases match only as written; names and aliases in any case. Does the text reject one? */
function rejectsSome(entries: readonly FormEntry[], s: TokenStream, first: number, last: number): boolean {
  for (const e of entries) if (e.exact !== undefined && !exactEquals(e.exact, s, first, last)) return true;
  return false;
}

/** exactOfRange(s, first, last) === exact, without building the string. */
function exactEquals(exact: string, s: TokenStream, first: number, last: number): boolean {
  const text = s.text;
  let p = 0;
  let words = 0;
  for (let k = first; k <= last; k++) {
    if (s.ordinal[k] || s.asideOf[k] === first + 1) continue;
    if (words++ > 0 && exact.charCodeAt(p++) !== 0x20) return false;
    for (let j = s.start[k], end = s.end[k]; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x27 || c === 0x2019 || c === 0x2bc) continue;
      if (exact.charCodeAt(p++) !== c) return false;
    }
  }
  return p === exact.length;
}

function matchFrom(s: TokenStream, k: number, table: FormTable, found: Int32Array, beyond = -1): Match | undefined {
  const v = s.ordinal[k] ? -1 : table.first.get(s.hash[k]);
  // Word k alone (v & 1 === 0) cannot go on past itself.
  return v >= 0 && (beyond < k || (v & 1) === 1) ? longestMatch(s, k, v, table, found, s.length, beyond) : undefined;
}

const nearOrdinal = (s: TokenStream, i: number): boolean => (i > 0 && s.ordinal[i - 1] > 0) || (i + 1 < s.length && s.ordinal[i + 1] > 0);
const isTerm = (m: Match, index: EntityIndex): boolean => m.entries.every((e) => index.kindOf(e.id) === 'term');

/** The ordinal token of a hit that has one. */
function ordinalToken(s: TokenStream, hit: Hit, m: Match): number {
  for (let k = Math.max(0, m.first - 1); k < s.length && s.start[k] < hit.end; k++) if (s.ordinal[k] === hit.ordinal && s.start[k] >= hit.start) return k;
  return -1;
}

function nextAfter(s: TokenStream, m: Match, hit: Hit): number {
  // An ordinal after the form was absorbed into the hit: continue after it.
  let next = m.last + 1;
  while (next < s.length && s.start[next] < hit.end) next++;
  return next;
}

/** `taken`: where the previous hit ends; an ordinal it absorbed ("KTT ASEAN ke-42 ARSOM") is not this hit's too. */
function toHit(s: TokenStream, m: Match, index: EntityIndex, memo: Memo, taken: number): Hit | undefined {
  let r = memo.get(m.entries);
  if (!r) {
    // Bounded: entries filtered by case are new arrays each time.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(m.entries, (r = { series: m.entries.some((e) => index.kindOf(e.id) === 'meeting-series') }));
  }
  const ord = r.series ? findOrdinal(s, m, taken) : undefined;
  const takesOrdinal = ord !== undefined;
  let candidates: Candidate[];
  if (takesOrdinal) {
    const ordinal = s.ordinal[ord];
    const byOrdinal = (r.byOrdinal ??= new Map());
    candidates = byOrdinal.get(ordinal) ?? (byOrdinal.set(ordinal, resolve(m.entries, ordinal, index)), byOrdinal.get(ordinal)!);
  } else candidates = r.plain ??= resolve(m.entries, undefined, index);
  if (candidates.length === 0) return undefined;
  let start = s.start[m.first];
  let end = s.end[m.last];
  // "ASCC 2023" in a report on that year's Council: the series' one meeting that year.
  const year = r.series && !takesOrdinal && m.last + 1 < s.length && s.text.charCodeAt(s.end[m.last]) === 0x20 && s.start[m.last + 1] === s.end[m.last] + 1 ? yearOf(s, m, index) : undefined;
  if (year) return { start, end: s.end[m.last + 1], candidates: [{ id: year, score: 13, via: candidates[0].via }] };
  if (takesOrdinal) {
    // "Pertemuan ke-16 ARSOM", "Sidang ASCC ke-29": the meeting noun before belongs to the meeting's phrase.
    start = phraseStart(s, Math.min(ord, m.first));
    if (ord > m.last) end = s.end[ord];
  }
  return takesOrdinal ? { start, end, ordinal: s.ordinal[ord], candidates } : { start, end, candidates };
}

function yearOf(s: TokenStream, m: Match, index: EntityIndex): string | undefined {
  // Most words after a series are not a year: rule them out before listing the series.
  const k = m.last + 1;
  if (s.end[k] - s.start[k] !== 4 || !s.simple[k] || s.text.charCodeAt(s.start[k]) > 0x39) return undefined;
  const series = m.entries.filter((e) => index.kindOf(e.id) === 'meeting-series').map((e) => e.id);
  return yearMeeting(s, m.last + 1, series, index);
}

/** The ordinal token inside the match, else just before it, else just after it. */
function findOrdinal(s: TokenStream, m: Match, taken: number): number | undefined {
  for (let k = m.first + 1; k < m.last; k++) if (s.ordinal[k]) return k;
  const before = m.first - 1;
  if (before >= 0 && s.ordinal[before] && s.start[before] >= taken && join(s, before, m.first)) return before;
  const after = afterAside(s, m.last, m.first);
  if (after < s.length && s.ordinal[after] && (join(s, m.last, after) || (after > m.last + 1 && /^\) ?$/.test(s.text.slice(s.end[after - 1], s.start[after]))))) return after;
  return undefined;
}

const VIA_SCORE: Record<FormKind, number> = { acronym: 3, name: 3, alias: 2 };
const KIND_ORDER: EntityKind[] = ['meeting', 'meeting-series', 'person', 'organization', 'partnership', 'document', 'initiative', 'country', 'term'];

/** Entries -> candidates, best first. With an ordinal, a series resolves to its meeting of that ordinal. */
function resolve(entries: readonly FormEntry[], ordinal: number | undefined, index: EntityIndex): Candidate[] {
  if (entries.length === 1) {
    const kind = index.kindOf(entries[0].id);
    return kind ? [candidateFor(kind, entries[0], ordinal, index)] : [];
  }
  const byId = new Map<string, Candidate>();
  for (const e of entries) {
    const kind = index.kindOf(e.id);
    if (!kind) continue;
    const c = candidateFor(kind, e, ordinal, index);
    const prev = byId.get(c.id);
    if (!prev || prev.score < c.score) byId.set(c.id, c);
  }
  let out = [...byId.values()];
  // An organisation has no 29th instance: once an ordinal resolves "ASCC ke-29", only meetings remain.
  if (ordinal !== undefined && out.some((c) => c.score >= 10)) out = out.filter((c) => c.score >= 10);
  return out.sort((a, b) => b.score - a.score || kindRank(a, index) - kindRank(b, index) || a.id.localeCompare(b.id));
}

function candidateFor(kind: EntityKind, e: FormEntry, ordinal: number | undefined, index: EntityIndex): Candidate {
  const score = VIA_SCORE[e.via] - (e.shared ? 0.5 : 0);
  if (ordinal === undefined || kind !== 'meeting-series') return { id: e.id, score, via: e.via };
  const instance = index.instance(e.id, ordinal);
  if (instance) return { id: instance, score: score + 10, via: e.via };
  return { id: e.id, score: score + 5, via: e.via, unknownOrdinal: ordinal };
}

function kindRank(c: Candidate, index: EntityIndex): number {
  const kind = index.kindOf(c.id);
  return kind ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length;
}
