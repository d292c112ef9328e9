/**
 * The completion index's data: every form of every entity (acronyms, English
 * and Indonesian names, aliases, including meeting instances' names such as
 * "KTT ASEAN ke-42") as a completion key, in flat typed arrays, plus the
 * sorted views and the word-gram index the query draws candidates from.
 *
 * A form is an integer f. Its text as written is not copied: it is form
 * source[f] of the FormList, read only for the few results.
 */
import type { FormKind } from '../text/forms';
import { completionKey, exactCompletionKey } from './completion-key';
import { formText as listFormText, VIAS, type FormList } from '../data/columns';
import { PackedStrings } from './packed-strings';
import { SortedKeys } from './sorted-keys';
import { WordGramIndex } from './word-grams';

export const VIA: readonly FormKind[] = VIAS;

export interface CompletionForms {
  readonly list: FormList;
  /** The form as the entity's data writes it: what a completion inserts. */
  readonly label: (f: number) => string;
  /** Completion key of form f. */
  readonly keys: PackedStrings;
  /** Entity number (list.ids). */
  readonly entity: Int32Array;
  /** The form of the list it was made from. */
  readonly source: Int32Array;
  /** Index into VIA. */
  readonly via: Uint8Array;
  /** Keys sorted: "starts with". */
  readonly whole: SortedKeys;
  /** Every word after a key's first, sorted: "has a word starting with". */
  readonly words: SortedKeys;
  /** Acronyms with their case, sorted; acronymForm maps an entry of acronymKeys to its form. */
  readonly acronyms: SortedKeys;
  readonly acronymForm: Int32Array;
  readonly grams: WordGramIndex;
}

interface Draft {
  keys: string[];
  entity: number[];
  source: number[];
  via: number[];
  exact: string[];
  exactForm: number[];
}

export function buildCompletionForms(list: FormList): CompletionForms {
  const d: Draft = { keys: [], entity: [], source: [], via: [], exact: [], exactForm: [] };
  // An entity's forms are adjacent in the list.
  for (let f = 0, end = 0; f < list.count; f = end) {
    end = nextEntity(list, f);
    addEntity(d, list, f, end);
  }
  const keys = PackedStrings.from(d.keys);
  const exact = PackedStrings.from(d.exact);
  const source = Int32Array.from(d.source);
  return {
    list,
    label: (f) => listFormText(list, source[f]),
    keys,
    entity: Int32Array.from(d.entity),
    source,
    via: Uint8Array.from(d.via),
    whole: new SortedKeys(keys, keys.start.slice(0, keys.count)),
    words: new SortedKeys(keys, laterWordStarts(keys)),
    acronyms: new SortedKeys(exact, exact.start.slice(0, exact.count)),
    acronymForm: Int32Array.from(d.exactForm),
    grams: new WordGramIndex(distinctWords(d.keys)),
  };
}

/** One form per distinct key: "ASEAN" the acronym and "Asean" an alias are the same completion. */
function addEntity(d: Draft, list: FormList, from: number, to: number): void {
  const seen = new Set<string>();
  for (let g = from; g < to; g++) {
    const text = listFormText(list, g);
    const key = completionKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const f = d.keys.push(key) - 1;
    d.entity.push(list.entity[g]);
    d.source.push(g);
    d.via.push(list.via[g]);
    if (VIA[list.via[g]] === 'acronym') {
      d.exact.push(exactCompletionKey(text));
      d.exactForm.push(f);
    }
  }
}

function nextEntity(list: FormList, f: number): number {
  let end = f + 1;
  while (end < list.count && list.entity[end] === list.entity[f]) end++;
  return end;
}

/** Offsets of every word but the first in each key. */
function laterWordStarts(keys: PackedStrings): Int32Array {
  const p = keys.packed;
  let n = 0;
  for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) === 0x20) n++;
  const out = new Int32Array(n);
  n = 0;
  for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) === 0x20) out[n++] = i + 1;
  return out;
}

function distinctWords(keys: readonly string[]): string[] {
  const words = new Set<string>();
  for (const key of keys) for (const w of key.split(' ')) words.add(w);
  return [...words];
}
