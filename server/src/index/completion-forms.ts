/**
 * The completion index's data: every form of every entity (acronyms, English
 * and Indonesian names, aliases, including meeting instances' names such as
 * "KTT ASEAN ke-42") as a completion key, in flat typed arrays, plus the
 * sorted views and the word-gram index the query draws candidates from.
 *
 * A form is an integer f. Its text as written is not copied: it is
 * formsOf(entities[entity[f]])[slot[f]].text, read only for the few results.
 */
import type { Entity } from '../data/dataset';
import type { FormKind } from '../scan/hits';
import { completionKey, exactCompletionKey } from './completion-key';
import { formsOf } from './forms';
import { PackedStrings } from './packed-strings';
import { SortedKeys } from './sorted-keys';
import { WordGramIndex } from './word-grams';

export const VIA: readonly FormKind[] = ['acronym', 'name', 'alias'];

export interface CompletionForms {
  readonly entities: readonly Entity[];
  /** Completion key of form f. */
  readonly keys: PackedStrings;
  /** Index into entities. */
  readonly entity: Int32Array;
  /** Index into formsOf(entity). */
  readonly slot: Uint16Array;
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
  slot: number[];
  via: number[];
  exact: string[];
  exactForm: number[];
}

export function buildCompletionForms(entities: readonly Entity[]): CompletionForms {
  const d: Draft = { keys: [], entity: [], slot: [], via: [], exact: [], exactForm: [] };
  entities.forEach((entity, e) => addEntity(d, entity, e));
  const keys = PackedStrings.from(d.keys);
  const exact = PackedStrings.from(d.exact);
  return {
    entities,
    keys,
    entity: Int32Array.from(d.entity),
    slot: Uint16Array.from(d.slot),
    via: Uint8Array.from(d.via),
    whole: new SortedKeys(keys, keys.start.slice(0, keys.count)),
    words: new SortedKeys(keys, laterWordStarts(keys)),
    acronyms: new SortedKeys(exact, exact.start.slice(0, exact.count)),
    acronymForm: Int32Array.from(d.exactForm),
    grams: new WordGramIndex(distinctWords(d.keys)),
  };
}

/** One form per distinct key: "ASEAN" the acronym and "Asean" an alias are the same completion. */
function addEntity(d: Draft, entity: Entity, e: number): void {
  const seen = new Set<string>();
  formsOf(entity).forEach((form, slot) => {
    const key = completionKey(form.text);
    if (!key || seen.has(key)) return;
    seen.add(key);
    const f = d.keys.push(key) - 1;
    d.entity.push(e);
    d.slot.push(slot);
    d.via.push(VIA.indexOf(form.via));
    if (form.via === 'acronym') {
      d.exact.push(exactCompletionKey(form.text));
      d.exactForm.push(f);
    }
  });
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

/** The form as the entity's data writes it: what a completion inserts. */
export function formText(forms: CompletionForms, f: number): string {
  return formsOf(forms.entities[forms.entity[f]])[forms.slot[f]].text;
}
