/**
 * The evaluation set: drafts written the way reports are written, every expected reference annotated
 * inline as [[text as written|entity id]] (an ordinal the data does not hold: [[KTT ASEAN ke-40|asean-summit?40]]).
 * The markers are stripped and the plain draft goes through scanText, the scan the server runs, so the
 * figures are what a writer gets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, Entity } from '../../server/src/data/dataset';
import type { EntityIndex } from '../../server/src/index/types';
import { scanText } from '../../server/src/scan/scan';
import { tokenize } from '../../server/src/text/tokens';

const MARKER = /\[\[([^\]|]+)\|([^\]]+)\]\]/g;

export interface Expected {
  start: number;
  end: number;
  text: string;
  /** Entity id, or `series?N` for an ordinal the data does not hold. */
  id: string;
  /** Written otherwise than any of the entity's (or its series') surface forms. */
  variant: boolean;
}

export interface EvalDraft {
  file: string;
  text: string;
  expected: Expected[];
}

/** A draft file -> its plain text and annotations (offsets in the plain text). */
export function parseAnnotated(file: string, source: string): EvalDraft {
  const expected: Expected[] = [];
  let text = '';
  let pos = 0;
  for (const m of source.matchAll(MARKER)) {
    text += source.slice(pos, m.index);
    const start = text.length;
    text += m[1];
    expected.push({ start, end: text.length, text: m[1], id: m[2].trim(), variant: false });
    pos = m.index + m[0].length;
  }
  text += source.slice(pos);
  return { file, text, expected };
}

export function loadEvalSet(dir: string): EvalDraft[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseAnnotated(f, readFileSync(path.join(dir, f), 'utf8')));
}

/** A form's words, numbered ordinals left out: what "written as the data spells it" compares. A spelled-out ordinal ("third") is a variant. */
const wordsOf = (form: string): string =>
  tokenize(form)
    .filter((t) => !t.ordinal || !/\d/.test(t.raw))
    .map((t) => (t.ordinal ? t.raw.toLowerCase() : t.norm))
    .join(' ');

function formsOf(e: Entity): string[] {
  return [e.name.en, e.name.id ?? '', ...(e.acronyms ?? []), ...(e.aliases ?? [])].filter(Boolean);
}

/** Marks each annotation exact or variant against the data's own forms. */
export function classify(drafts: EvalDraft[], dataset: Dataset): void {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  for (const d of drafts) {
    for (const x of d.expected) {
      const [id] = x.id.split('?');
      const e = byId.get(id);
      if (!e) throw new Error(`${d.file}: "${x.text}" is annotated with unknown entity ${id}`);
      const series = e.series ? byId.get(e.series) : undefined;
      const forms = new Set([...formsOf(e), ...(series ? formsOf(series) : [])].map(wordsOf));
      x.variant = !forms.has(wordsOf(x.text));
    }
  }
}

export interface Miss {
  file: string;
  text: string;
  id: string;
  variant: boolean;
  /** What the scan found there instead, if anything. */
  got: string[];
}

export interface Figures {
  expected: number;
  variants: number;
  found: number;
  foundVariants: number;
  hits: number;
  correctHits: number;
  recall: number;
  variantRecall: number;
  exactRecall: number;
  precision: number;
  misses: Miss[];
  wrong: { file: string; text: string; id: string }[];
}

const label = (text: string, h: { start: number; end: number; candidates: { id: string; unknownOrdinal?: number }[] }): string => {
  const c = h.candidates[0];
  return `${text.slice(h.start, h.end)} → ${c.id}${c.unknownOrdinal ? `?${c.unknownOrdinal}` : ''}`;
};

/** A hit is right when its span is the annotated text and its best candidate the annotated entity. */
export function evaluate(drafts: EvalDraft[], index: EntityIndex): Figures {
  let found = 0;
  let foundVariants = 0;
  let hits = 0;
  let correctHits = 0;
  const misses: Miss[] = [];
  const wrong: Figures['wrong'] = [];
  for (const d of drafts) {
    const scan = scanText(d.text, index);
    const got = new Map(scan.hits.map((h) => [`${h.start}:${h.end}`, h]));
    const want = new Map(d.expected.map((x) => [`${x.start}:${x.end}`, x]));
    for (const x of d.expected) {
      const h = got.get(`${x.start}:${x.end}`);
      const c = h?.candidates[0];
      if (c && (c.unknownOrdinal ? `${c.id}?${c.unknownOrdinal}` : c.id) === x.id) {
        found++;
        if (x.variant) foundVariants++;
      } else {
        const over = scan.hits.filter((k) => k.start < x.end && k.end > x.start).map((k) => label(d.text, k));
        misses.push({ file: d.file, text: x.text, id: x.id, variant: x.variant, got: over });
      }
    }
    for (const h of scan.hits) {
      hits++;
      const x = want.get(`${h.start}:${h.end}`);
      const c = h.candidates[0];
      if (x && (c.unknownOrdinal ? `${c.id}?${c.unknownOrdinal}` : c.id) === x.id) correctHits++;
      else wrong.push({ file: d.file, text: d.text.slice(h.start, h.end), id: label(d.text, h).split(' → ')[1] });
    }
  }
  const expected = drafts.reduce((n, d) => n + d.expected.length, 0);
  const variants = drafts.reduce((n, d) => n + d.expected.filter((x) => x.variant).length, 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    expected,
    variants,
    found,
    foundVariants,
    hits,
    correctHits,
    recall: ratio(found, expected),
    variantRecall: ratio(foundVariants, variants),
    exactRecall: ratio(found - foundVariants, expected - variants),
    precision: ratio(correctHits, hits),
    misses,
    wrong,
  };
}
