/**
 * Re-scanning a draft after an edit without reading all of it again.
 *
 * A reference never crosses a blank line, and nearly everything the prose
 * mask hides (code spans, links, URLs, comments on one line) stays inside a
 * paragraph. So after an edit only the paragraph(s) it touches are masked and
 * recognised again; hits before them are kept and hits after them are moved by
 * the change in length. Where an edit could change the mask beyond its
 * paragraph (fences, front matter, backticks, angle brackets, an unclosed link
 * or comment, a construct that already spans paragraphs) the whole draft is
 * scanned again, so the result always equals scanText of the new text.
 *
 * The changed range is found by comparing the old and new text, so callers need
 * no change events: keep the returned state and pass it back with the next text.
 */
import type { EntityIndex } from '../index/types';
import { firstFrom, type DocumentScan, type Hit } from './hits';
import { detectLanguage, LANGUAGE_SAMPLE } from './language';
import { isBlankLineAt } from './paragraphs';
import { applyMask, maskedSlice, maskSegment, nonProseRanges, type Range } from './prose';
import { recognize, recognizerMemo, type RecognizerMemo } from './recognize';
import { commonPrefix, commonSuffix } from '../text/diff';

export interface ScanState {
  /** The text the scan is of. */
  readonly text: string;
  readonly index: EntityIndex;
  readonly scan: DocumentScan;
  /** What is not prose (the masked text is not kept: a 1 MB draft would keep a second copy per version). */
  readonly blocks: readonly Range[];
  readonly inline: readonly Range[];
  /** How this state was computed: "full", or "incremental" with the re-scanned stretch. */
  readonly how: 'full' | 'incremental';
  readonly region?: Range;
}

/** Scans the whole text and keeps what the next incremental rescan needs; `memo`: the recogniser's, kept by the caller. */
export function scanState(text: string, index: EntityIndex, version = 0, memo: RecognizerMemo = recognizerMemo()): ScanState {
  const { blocks, inline } = nonProseRanges(text);
  const prose = applyMask(text, [...blocks, ...inline]);
  const scan: DocumentScan = { version, lang: detectLanguage(prose), hits: recognize(prose, index, 0, prose.length, memo) };
  return { text, index, scan, blocks, inline, how: 'full' };
}

/** The scan of `text`, re-using `previous` where the edit cannot have changed anything. */
export function rescan(previous: ScanState | undefined, text: string, index: EntityIndex, version = 0, memo: RecognizerMemo = recognizerMemo()): ScanState {
  if (!previous || previous.index !== index) return scanState(text, index, version, memo);
  const old = previous.text;
  if (old === text) return { ...previous, scan: { ...previous.scan, version } };
  const head = commonPrefix(old, text);
  const tail = commonSuffix(old, text, head);
  const oldEnd = old.length - tail;
  const newEnd = text.length - tail;
  const delta = text.length - old.length;
  const region = paragraphAround(text, head, newEnd);
  if (!region || !locallySafe(previous, old, text, head, oldEnd, newEnd, region, delta)) return scanState(text, index, version, memo);
  const [a, b] = region;
  const bOld = b - delta;
  const { masked, inline: local } = maskSegment(text, a, b);
  if (!closedLocally(text, a, b, masked)) return scanState(text, index, version, memo);

  const regionHits = recognize(masked, index, 0, masked.length, memo);
  for (const h of regionHits) {
    h.start += a;
    h.end += a;
  }
  const hits = splice(previous.scan.hits, a, bOld, regionHits, delta, (h) => moved(h, delta));
  const inline = splice(previous.inline, a, bOld, local, delta, (r) => [r[0] + delta, r[1] + delta] as Range);
  const blocks = previous.blocks.map((r): Range => (r[0] >= bOld ? [r[0] + delta, r[1] + delta] : r));
  const lang = a < LANGUAGE_SAMPLE ? detectLanguage(maskedSlice(text, { blocks, inline }, 0, Math.min(text.length, LANGUAGE_SAMPLE))) : previous.scan.lang;
  return { text, index, scan: { version, lang, hits }, blocks, inline, how: 'incremental', region };
}

/** A hit moved by delta: a new object, so the previous scan stays valid for whoever still holds it. */
function moved(h: Hit, delta: number): Hit {
  return h.ordinal === undefined
    ? { start: h.start + delta, end: h.end + delta, candidates: h.candidates }
    : { start: h.start + delta, end: h.end + delta, ordinal: h.ordinal, candidates: h.candidates };
}

/**
 * items (sorted by start, non-overlapping) before `from`, then `middle`, then those from `to` on, moved.
 * Items straddling from or to never occur: the caller checked.
 */
function splice<T extends Hit | Range>(items: readonly T[], from: number, to: number, middle: readonly T[], delta: number, move: (item: T) => T): T[] {
  const startOf = (t: T): number => ('start' in t ? t.start : t[0]);
  const first = firstFrom(items, from, startOf);
  const last = firstFrom(items, to, startOf);
  const out: T[] = items.slice(0, first);
  for (const m of middle) out.push(m);
  if (delta === 0) for (let i = last; i < items.length; i++) out.push(items[i]);
  else for (let i = last; i < items.length; i++) out.push(move(items[i]));
  return out;
}

/**
 * The paragraph(s) of the new text around [from, to): from just after the blank line before
 * to the "\n" that starts the blank line after. Undefined when that would be the top of the
 * draft (front matter is decided there) or there is no blank line after.
 */
function paragraphAround(text: string, from: number, to: number): Range | undefined {
  let a = -1;
  for (let nl = from > 0 ? text.lastIndexOf('\n', from - 1) : -1; nl >= 0; nl = nl > 0 ? text.lastIndexOf('\n', nl - 1) : -1) {
    const end = isBlankLineAt(text, nl);
    if (end >= 0 && end < from) {
      a = end + 1;
      break;
    }
  }
  if (a <= 0) return undefined;
  for (let nl = text.indexOf('\n', Math.max(to, a)); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    if (isBlankLineAt(text, nl) >= 0) return [a, nl];
  }
  return undefined;
}

/** Characters whose edit can open or close something beyond a paragraph. */
const STRUCTURAL = /[`~<>]/;

function locallySafe(prev: ScanState, old: string, text: string, head: number, oldEnd: number, newEnd: number, [a, b]: Range, delta: number): boolean {
  const removed = old.slice(head, oldEnd);
  const inserted = text.slice(head, newEnd);
  if (STRUCTURAL.test(removed) || STRUCTURAL.test(inserted)) return false;
  const bOld = b - delta;
  // Front matter or fences near the edit, or a masked stretch crossing the paragraph's edges.
  for (const [s, e] of prev.blocks) if (s < bOld + 1 && e > a - 1) return false;
  if (crosses(prev.inline, a, bOld)) return false;
  // A draft that opens like front matter but has no closing line yet: any line could close it.
  if (/^(---|\+\+\+)/.test(text) && prev.blocks[0]?.[0] !== 0) return false;
  // A fence may be made on the edited line(s) by deleting what stood before or between backticks;
  // a comment opener or closer by a dash or "!" next to the edit.
  for (const line of [linesAround(old, head, oldEnd), linesAround(text, head, newEnd)]) if (line.includes('```') || line.includes('~~~')) return false;
  for (const near of [old.slice(Math.max(0, head - 3), oldEnd + 3), text.slice(Math.max(0, head - 3), newEnd + 3)]) if (near.includes('<!--') || near.includes('-->')) return false;
  // A link destination or title may run on from the paragraph before over blank lines ("](x" … ")").
  for (const r of [old.slice(a, bOld), text.slice(a, b)]) if (/^\s*[)"']/.test(r)) return false;
  return true;
}

/** The whole lines that text[from, to) touches. */
function linesAround(text: string, from: number, to: number): string {
  const start = from > 0 ? text.lastIndexOf('\n', from - 1) + 1 : 0;
  const nl = text.indexOf('\n', to);
  return text.slice(start, nl < 0 ? text.length : nl);
}

/** Does a range start before `a` and end after it, or start before `b` and end after it? */
function crosses(ranges: readonly Range[], a: number, b: number): boolean {
  for (const [s, e] of ranges) {
    if (s >= b) break;
    if ((s < a && e > a) || (s < b && e > b)) return true;
  }
  return false;
}

/**
 * After masking the paragraph alone: would the whole-draft mask have ended something here
 * beyond it? An angle bracket that opens a tag, comment or autolink, or a "](" the local pass
 * did not close, may close in a later paragraph.
 */
function closedLocally(text: string, a: number, b: number, masked: string): boolean {
  for (let i = text.indexOf('<', a); i >= 0 && i < b; i = text.indexOf('<', i + 1)) {
    if (masked.charCodeAt(i - a) === 0x3c && /[A-Za-z/!]/.test(text[i + 1] ?? '')) return false;
  }
  for (let i = text.indexOf('](', a); i >= 0 && i < b; i = text.indexOf('](', i + 1)) {
    if (masked.charCodeAt(i + 1 - a) === 0x28) return false;
  }
  return true;
}
