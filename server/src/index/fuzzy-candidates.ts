/**
 * Candidate forms for a typo-tolerant query, drawn without looking at every
 * form. Each typed word is widened to the known words one typo away
 * (word-grams.ts); every such word's occurrences are a run of the sorted key
 * arrays. The typed word, or run of adjacent typed words taken as a phrase,
 * with the fewest occurrences drives: its runs are walked (capped) and each
 * form reached is kept when it holds all typed words in order, each matched
 * exactly or with one typo; the last word may be unfinished, so it matches
 * by prefix. Words may be skipped in between, so "Outlok Indo-Pacific"
 * reaches "ASEAN Outlook on the Indo-Pacific".
 */
import type { CompletionForms } from './completion-forms';
import type { Run } from './sorted-keys';

/** Occurrences walked per query at most: bounds the work for very common words. */
const WALK_CAP = 1200;
/** Forms handed on to ranking at most. */
export const CANDIDATE_CAP = 100;
/** Spelling variants considered per typed word. */
const VARIANTS = 24;

/** Where to look for candidates: runs of the sorted key arrays, and how many entries they hold. */
interface Driver {
  runs: Run[];
  size: number;
}

interface TypedWord extends Driver {
  /** Does a word of a key match this typed word? */
  test(word: string): boolean;
}

export function fuzzyCandidates(forms: CompletionForms, typedKey: string): number[] {
  const typed = typedKey.split(' ');
  const words = typed.map((t, i) => typedWord(forms, t, i === typed.length - 1));
  if (words.some((w) => w.size === 0)) return [];
  const driver = [...words, ...phraseDrivers(forms, typed)].reduce((a, b) => (b.size < a.size ? b : a));
  const out: number[] = [];
  const seen = new Set<number>();
  let walked = 0;
  for (const run of driver.runs) {
    for (let i = run.lo; i < run.hi && walked < WALK_CAP && out.length < CANDIDATE_CAP; i++, walked++) {
      const f = forms.keys.indexAt(run.keys.offsets[i]);
      if (seen.has(f)) continue;
      seen.add(f);
      if (holdsInOrder(forms.keys.get(f).split(' '), words)) out.push(f);
    }
  }
  return out;
}

function typedWord(forms: CompletionForms, typed: string, last: boolean): TypedWord {
  const variants = new Set(forms.grams.similar(typed, last, VARIANTS));
  variants.delete(typed);
  const runs: Run[] = last ? [forms.whole.prefix(typed), forms.words.prefix(typed)] : [forms.whole.word(typed), forms.words.word(typed)];
  for (const v of variants) runs.push(forms.whole.word(v), forms.words.word(v));
  const nonEmpty = runs.filter((r) => r.hi > r.lo);
  return {
    test: last ? (w) => w.startsWith(typed) || variants.has(w) : (w) => w === typed || variants.has(w),
    runs: nonEmpty,
    size: nonEmpty.reduce((n, r) => n + r.hi - r.lo, 0),
  };
}

/**
 * Typed words that stand next to each other in some key, as one phrase
 * ("olahraga th"): far fewer entries than either word alone, so when the
 * typo is elsewhere, the walk is short and reaches the right forms.
 * For each first word, the longest phrase that still occurs.
 */
function phraseDrivers(forms: CompletionForms, typed: readonly string[]): Driver[] {
  const out: Driver[] = [];
  for (let i = 0; i + 1 < typed.length; i++) {
    let found: Driver | undefined;
    for (let j = i + 1; j < typed.length; j++) {
      const phrase = typed.slice(i, j + 1).join(' ');
      const runs = j === typed.length - 1 ? [forms.whole.prefix(phrase), forms.words.prefix(phrase)] : [forms.whole.word(phrase), forms.words.word(phrase)];
      const size = runs.reduce((n, r) => n + r.hi - r.lo, 0);
      if (size === 0) break;
      found = { runs: runs.filter((r) => r.hi > r.lo), size };
    }
    if (found) out.push(found);
  }
  return out;
}

/** Greedy subsequence match: each typed word at a later word of the key than the one before. */
function holdsInOrder(keyWords: readonly string[], typed: readonly TypedWord[]): boolean {
  let j = 0;
  for (const t of typed) {
    while (j < keyWords.length && !t.test(keyWords[j])) j++;
    if (j++ >= keyWords.length) return false;
  }
  return true;
}
