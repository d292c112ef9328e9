/**
 * What the writer has typed → the entities they may mean, best first, in three tiers:
 *   0  an acronym starts with it, case and all ("ARS" → ARSOM);
 *   1  a form, or one of its words, starts with it, in any case ("Hourn" → Kao Kim Hourn);
 *   2  it matches with a typo or skipped words ("ARSMO", "Outlok Indo-Pacific").
 * Tiers 0 and 1 are binary searches over sorted keys; tier 2 draws a capped
 * candidate set (fuzzy-candidates.ts) and only that set is ranked with
 * fuse.js, so a query costs about the same at 100 entities as at 100,000.
 * Each entity appears once, under its best form.
 */
import Fuse from 'fuse.js';
import { formListOf, type FormList, type FormOwner } from '../data/columns';
import { buildCompletionForms, VIA, type CompletionForms } from './completion-forms';
import { completionKey, exactCompletionKey } from './completion-key';
import { fuzzyCandidates } from './fuzzy-candidates';
import type { Run } from './sorted-keys';
import type { CompletionCandidate, CompletionIndex } from './types';

/** Entries of one prefix run looked at, at most: "a" starts half the index. */
const SCAN_CAP = 1000;

interface Best {
  form: number;
  tier: number;
  score: number;
}

export function buildCompletionIndex(forms: FormList | readonly FormOwner[]): CompletionIndex {
  return completionIndexOver(buildCompletionForms(Array.isArray(forms) ? formListOf(forms as readonly FormOwner[]) : (forms as FormList)));
}

/** The index over forms built before (or stored by the compiled data: completion-store.ts). */
export function completionIndexOver(forms: CompletionForms): CompletionIndex {
  return { query: (typed, limit, options) => query(forms, typed, limit, options?.startsOnly === true) };
}

function query(forms: CompletionForms, typed: string, limit: number, startsOnly: boolean): CompletionCandidate[] {
  const key = completionKey(typed);
  if (!key || limit <= 0) return [];
  const best = new Map<number, Best>();
  const exact = exactCompletionKey(typed);
  const acronyms = forms.acronyms.prefix(exact);
  addRun(forms, best, acronyms, key.length, 0, 0, (i) => forms.acronymForm[forms.acronyms.strings.indexAt(acronyms.keys.offsets[i])]);
  const formAt = (run: Run) => (i: number) => forms.keys.indexAt(run.keys.offsets[i]);
  const whole = forms.whole.prefix(key);
  addRun(forms, best, whole, key.length, 1, 0, formAt(whole));
  if (startsOnly) return ranked(forms, best, limit);
  // A word match scores below every whole-key match, so it is only needed when those are too few.
  if (best.size < limit) {
    const words = forms.words.prefix(key);
    addRun(forms, best, words, key.length, 1, 0.5, formAt(words));
  }
  if (best.size < limit) addFuzzy(forms, best, key);
  return ranked(forms, best, limit);
}

/** Scores the forms of a prefix run: a shorter form completes more of itself, so it ranks higher. */
function addRun(forms: CompletionForms, best: Map<number, Best>, run: Run, typedLength: number, tier: number, base: number, formOf: (i: number) => number): void {
  const end = Math.min(run.hi, run.lo + SCAN_CAP);
  for (let i = run.lo; i < end; i++) {
    const form = formOf(i);
    const length = forms.keys.length(form);
    keep(forms, best, { form, tier, score: base + (0.5 * (length - typedLength)) / length });
  }
}

/** Ranks only the drawn candidates with fuse.js; extended search matches each typed word on its own. */
function addFuzzy(forms: CompletionForms, best: Map<number, Best>, key: string): void {
  const candidates = fuzzyCandidates(forms, key).filter((f) => !best.has(forms.entity[f]));
  if (candidates.length === 0) return;
  const fuse = new Fuse(candidates.map((f) => forms.keys.get(f)), { includeScore: true, ignoreLocation: true, useExtendedSearch: true, threshold: 0.6 });
  const scores = new Map(fuse.search(key).map((r) => [r.refIndex, r.score ?? 1]));
  // Candidates fuse rejects passed the one-typo check all the same: keep them, last.
  candidates.forEach((form, i) => keep(forms, best, { form, tier: 2, score: scores.get(i) ?? 1 }));
}

function keep(forms: CompletionForms, best: Map<number, Best>, candidate: Best): void {
  const e = forms.entity[candidate.form];
  const current = best.get(e);
  if (!current || compare(forms, candidate, current) < 0) best.set(e, candidate);
}

/** Tier, then score, then acronym before name before alias, then the shorter, then by key for a stable order. */
function compare(forms: CompletionForms, a: Best, b: Best): number {
  return (
    a.tier - b.tier ||
    a.score - b.score ||
    forms.via[a.form] - forms.via[b.form] ||
    forms.keys.length(a.form) - forms.keys.length(b.form) ||
    forms.keys.start[a.form] - forms.keys.start[b.form]
  );
}

function ranked(forms: CompletionForms, best: Map<number, Best>, limit: number): CompletionCandidate[] {
  return [...best.values()]
    .sort((a, b) => compare(forms, a, b))
    .slice(0, limit)
    .map((b) => {
      // Read when asked: a stored index reads a label from its entity's record, and completion
      // queries several typed phrases but lists only one's candidates.
      let label: string | undefined;
      return {
        id: forms.list.ids[forms.entity[b.form]],
        get label() {
          return (label ??= forms.label(b.form));
        },
        via: VIA[forms.via[b.form]],
        tier: b.tier,
        score: b.score,
      };
    });
}
