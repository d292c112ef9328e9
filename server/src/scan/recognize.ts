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
import { hashNext } from '../index/hash';
import type { EntityIndex, FormEntry } from '../index/types';
import type { Candidate, FormKind, Hit } from './hits';
import { exactOfRange, joinable, scanWords, type TokenStream } from './tokens';

/** Words absorbed before an ordinal: "Pertemuan ke-16 ARSOM", "Sidang ASCC ke-29" keep their whole phrase. */
const MEETING_NOUNS = new Set(['pertemuan', 'sidang', 'rapat', 'konferensi']);

interface Match {
  /** Index of the first and last word token of the form. */
  first: number;
  last: number;
  entries: readonly FormEntry[];
}

export function recognize(text: string, index: EntityIndex, from = 0, to = text.length): Hit[] {
  const s = scanWords(text, from, to);
  const hits: Hit[] = [];
  for (let i = 0; i < s.length; ) {
    const match = !s.ordinal[i] && index.forms.hasPrefix(s.hash[i]) ? longestMatch(s, i, index) : undefined;
    const hit = match && toHit(s, match, index);
    if (hit) hits.push(hit.hit);
    i = hit ? hit.next : i + 1;
  }
  return hits;
}

/** The longest form starting at token i whose case rules accept the text; an ordinal token may sit inside. */
function longestMatch(s: TokenStream, i: number, index: EntityIndex): Match | undefined {
  let best: Match | undefined;
  let key = s.norm(i);
  let hash = s.hash[i];
  for (let last = i; ; ) {
    const entries = index.forms.get(key);
    const accepted = entries && acceptCase(entries, s, i, last);
    if (accepted && accepted.length > 0) best = { first: i, last, entries: accepted };
    const next = nextWord(s, last);
    if (next < 0) return best;
    hash = hashNext(hash, s.norm(next));
    if (!index.forms.hasPrefix(hash)) return best;
    key += ' ' + s.norm(next);
    last = next;
  }
}

const join = (s: TokenStream, a: number, b: number): boolean => joinable(s.text, s.end[a], s.start[b], s.end[a] - s.start[a] === 1);

/** The next word token that may continue a name, stepping over one ordinal ("KTT ke-42 ASEAN"). */
function nextWord(s: TokenStream, last: number): number {
  let j = last + 1;
  if (j >= s.length || !join(s, last, j)) return -1;
  if (s.ordinal[j]) {
    if (j + 1 >= s.length || s.ordinal[j + 1] || !join(s, j, j + 1)) return -1;
    j++;
  }
  return j;
}

/** Acronyms match only as written; names and aliases in any case. */
function acceptCase(entries: readonly FormEntry[], s: TokenStream, first: number, last: number): FormEntry[] {
  let exact: string | undefined;
  return entries.filter((e) => {
    if (e.exact === undefined) return true;
    exact ??= exactOfRange(s, first, last);
    return e.exact === exact;
  });
}

function toHit(s: TokenStream, m: Match, index: EntityIndex): { hit: Hit; next: number } | undefined {
  const ord = findOrdinal(s, m);
  const takesOrdinal = ord !== undefined && m.entries.some((e) => index.byId.get(e.id)?.kind === 'meeting-series');
  const candidates = resolve(m.entries, takesOrdinal ? s.ordinal[ord] : undefined, index);
  if (candidates.length === 0) return undefined;
  let start = s.start[m.first];
  let end = s.end[m.last];
  let next = m.last + 1;
  if (takesOrdinal && ord < m.first) {
    start = s.start[ord];
    if (ord > 0 && MEETING_NOUNS.has(s.norm(ord - 1)) && join(s, ord - 1, ord)) start = s.start[ord - 1];
  } else if (takesOrdinal && ord > m.last) {
    end = s.end[ord];
    next = ord + 1;
  }
  const hit: Hit = { start, end, candidates };
  if (takesOrdinal) hit.ordinal = s.ordinal[ord];
  return { hit, next };
}

/** The ordinal token inside the match, else just before it, else just after it. */
function findOrdinal(s: TokenStream, m: Match): number | undefined {
  for (let k = m.first + 1; k < m.last; k++) if (s.ordinal[k]) return k;
  const before = m.first - 1;
  if (before >= 0 && s.ordinal[before] && join(s, before, m.first)) return before;
  const after = m.last + 1;
  if (after < s.length && s.ordinal[after] && join(s, m.last, after)) return after;
  return undefined;
}

const VIA_SCORE: Record<FormKind, number> = { acronym: 3, name: 3, alias: 2 };
const KIND_ORDER: EntityKind[] = ['meeting', 'meeting-series', 'person', 'organization', 'document', 'initiative', 'country', 'term'];

/** Entries -> candidates, best first. With an ordinal, a series resolves to its meeting of that ordinal. */
function resolve(entries: readonly FormEntry[], ordinal: number | undefined, index: EntityIndex): Candidate[] {
  if (entries.length === 1) {
    const entity = index.byId.get(entries[0].id);
    return entity ? [candidateFor(entity, entries[0], ordinal, index)] : [];
  }
  const byId = new Map<string, Candidate>();
  for (const e of entries) {
    const entity = index.byId.get(e.id);
    if (!entity) continue;
    const c = candidateFor(entity, e, ordinal, index);
    const prev = byId.get(c.id);
    if (!prev || prev.score < c.score) byId.set(c.id, c);
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || kindRank(a, index) - kindRank(b, index) || a.id.localeCompare(b.id));
}

function candidateFor(entity: Entity, e: FormEntry, ordinal: number | undefined, index: EntityIndex): Candidate {
  const score = VIA_SCORE[e.via] - (e.shared ? 0.5 : 0);
  if (ordinal === undefined || entity.kind !== 'meeting-series') return { id: entity.id, score, via: e.via };
  const instance = index.instance(entity.id, ordinal);
  if (instance) return { id: instance.id, score: score + 10, via: e.via };
  return { id: entity.id, score: score + 5, via: e.via, unknownOrdinal: ordinal };
}

function kindRank(c: Candidate, index: EntityIndex): number {
  const kind = index.byId.get(c.id)?.kind;
  return kind ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length;
}
