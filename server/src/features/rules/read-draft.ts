/**
 * Reading a draft paragraph by paragraph for the rules, keeping what was read. Each paragraph's notes
 * (rules/rule.ts: `read`) depend on its text, its masked prose and its references alone, and its
 * references depend on its masked prose alone (the scan re-reads an edited paragraph the same way,
 * scan/incremental.ts). So a pass compares the draft with the text the last pass read: a paragraph
 * wholly before or after the change, with the same stretches masked, keeps its notes (moved with it);
 * the paragraphs the change touched are read again. A one-character edit re-reads one paragraph.
 */
import type { Lang } from '../../data/dataset';
import type { EntityIndex } from '../../index/types';
import { firstFrom, type Hit } from '../../scan/hits';
import { paragraphRanges } from '../../scan/paragraphs';
import { applyMask, mergedRanges, type NonProse, type Range } from '../../scan/prose';
import { commonPrefix, commonSuffix } from '../../text/diff';
import { recordsOnce } from './records-once';
import type { Paragraph, Placed, ReadContext, Rule } from './rule';

/** What diagnostics keep of one draft between passes; the service keeps one per open document. */
export interface DiagnosticsMemo {
  /** What the kept notes were read against: when any of it changes, everything is read again. */
  against?: { index: EntityIndex; lang: Lang; draftLang: Lang };
  /** The text the last pass read, and its paragraphs. */
  text?: string;
  paragraphs: KeptParagraph[];
  /** What each rule's `run` keeps (rule.keep), by rule id. */
  kept: Map<string, unknown>;
}

interface KeptParagraph {
  start: number;
  end: number;
  /** Its masked stretches in paragraph offsets, as [start, end, start, end, …]: a fence opened above changes them, not the text. */
  masks: number[];
  /** Each rule's notes, by rule id. */
  notes: Map<string, unknown>;
}

export const diagnosticsMemo = (): DiagnosticsMemo => ({ paragraphs: [], kept: new Map() });

/** The draft as the rules read it: text, what is not prose, and the scan's references. */
export interface Draft {
  text: string;
  nonProse: NonProse;
  hits: readonly Hit[];
}

/**
 * Every paragraph's notes for each rule (in the order of `rules`), read where the memo has none.
 * The memo is updated to hold this draft's paragraphs only.
 */
export function readDraft(draft: Draft, ctx: ReadContext, rules: readonly Rule[], memo: DiagnosticsMemo): Placed<unknown>[][] {
  resetUnlessSame(memo, ctx);
  const { text } = draft;
  const old = memo.paragraphs;
  // The text both versions share: [0, head) and the last `tail` characters.
  const head = memo.text === undefined ? 0 : commonPrefix(memo.text, text);
  const tail = memo.text === undefined ? 0 : commonSuffix(memo.text, text, head);
  const delta = text.length - (memo.text ?? '').length;
  const out: Placed<unknown>[][] = rules.map(() => []);
  const paragraphs: KeptParagraph[] = [];
  const masks = mergedRanges(draft.nonProse);
  // Records read once per paragraph, not per pass: a pass over a new draft would keep thousands alive to its end.
  const records = recordsOnce(ctx.index);
  const readCtx: ReadContext = { ...ctx, index: records.index };
  let m = 0;
  let k = 0;
  for (const [a, b] of paragraphRanges(text)) {
    while (m < masks.length && masks[m][1] <= a) m++;
    const local = localMasks(masks, m, a, b);
    // Where the same text stood in the last version read: wholly before the change, or wholly after it.
    const was = b <= head ? a : a >= text.length - tail ? a - delta : -1;
    if (was >= 0) while (k < old.length && old[k].start < was) k++;
    const same = was >= 0 && k < old.length && old[k].start === was && old[k].end - was === b - a && sameMasks(old[k].masks, local);
    const p: KeptParagraph = same ? old[k] : { start: a, end: b, masks: local, notes: new Map() };
    p.start = a;
    p.end = b;
    paragraphs.push(p);
    let view: Paragraph | undefined;
    rules.forEach((rule, r) => {
      if (!p.notes.has(rule.id)) {
        if (!view) {
          view = paragraphView(draft, a, b, local);
          records.clear();
        }
        p.notes.set(rule.id, rule.read(view, readCtx));
      }
      out[r].push({ at: a, notes: p.notes.get(rule.id) });
    });
  }
  memo.text = text;
  memo.paragraphs = paragraphs;
  return out;
}

/** What a rule's `run` keeps for this draft, made on first use. */
export function keptFor(memo: DiagnosticsMemo, rule: Rule): unknown {
  if (!memo.kept.has(rule.id)) memo.kept.set(rule.id, rule.keep?.());
  return memo.kept.get(rule.id);
}

function resetUnlessSame(memo: DiagnosticsMemo, { index, lang, draftLang }: ReadContext): void {
  const was = memo.against;
  if (was && was.index === index && was.lang === lang && was.draftLang === draftLang) return;
  memo.against = { index, lang, draftLang };
  memo.text = undefined;
  memo.paragraphs = [];
  memo.kept.clear();
}

/** The masked stretches inside [a, b) in paragraph offsets, as [start, end, …]; masks[m] is the first that ends after a. */
function localMasks(masks: readonly Range[], m: number, a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = m; k < masks.length && masks[k][0] < b; k++) out.push(Math.max(masks[k][0], a) - a, Math.min(masks[k][1], b) - a);
  return out;
}

const sameMasks = (x: readonly number[], y: readonly number[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);

/** The paragraph [a, b) as `read` sees it. */
function paragraphView(draft: Draft, a: number, b: number, masks: readonly number[]): Paragraph {
  const text = detached(draft.text.slice(a, b));
  const ranges: Range[] = [];
  for (let i = 0; i < masks.length; i += 2) ranges.push([masks[i], masks[i + 1]]);
  return { text, prose: applyMask(text, ranges), hits: hitsIn(draft.hits, a, b) };
}

/**
 * The same characters in a string of their own. A slice shares the whole draft's characters, and notes
 * keep strings sliced from the paragraph ("written" in a message): they would keep every version of a
 * 1 MB draft that had a paragraph read alive for as long as that paragraph's notes are kept.
 */
const detached = (s: string): string => (' ' + s).slice(1);

/** The hits inside [a, b), moved to paragraph offsets (new objects: the scan's stay as they are). */
function hitsIn(hits: readonly Hit[], a: number, b: number): Hit[] {
  const out: Hit[] = [];
  for (let k = firstFrom(hits, a, (h) => h.start); k < hits.length && hits[k].start < b; k++) {
    const h = hits[k];
    out.push(h.ordinal === undefined ? { start: h.start - a, end: h.end - a, candidates: h.candidates } : { start: h.start - a, end: h.end - a, ordinal: h.ordinal, candidates: h.candidates });
  }
  return out;
}
