/** Surface forms (names, acronyms, aliases) -> entities: what the recogniser looks words up in. */
import type { Entity } from '../data/dataset';
import type { FormKind } from '../scan/hits';
import { exactOfRange, formKey, scanWords } from '../scan/tokens';
import { HashMap32, HashSet32, hashCombine, keyHash, wordsHash } from './hash';
import type { FormEntry, FormIndex } from './types';

/** Every surface form of an entity, with how it matches. */
export function formsOf(entity: Entity): { text: string; via: FormKind }[] {
  const out: { text: string; via: FormKind }[] = [];
  for (const a of entity.acronyms ?? []) out.push({ text: a, via: 'acronym' });
  out.push({ text: entity.name.en, via: 'name' });
  if (entity.name.id) out.push({ text: entity.name.id, via: 'name' });
  for (const a of entity.aliases ?? []) out.push({ text: a, via: 'alias' });
  return out;
}

/**
 * The forms as the recogniser walks them, keyed by word-sequence hashes
 * (hashStart of the first word's key, then hashCombine with each next word's):
 * the tokenizer hashes every word of a draft once, so looking up and extending
 * a match never builds a string. A value is `(slot + 1) << 1 | more`, where
 * `more` says a longer form continues these words and slot (0 when the words
 * are only a prefix) is the first form whose words hash so; forms whose hashes
 * collide are chained through `nextSame`, and `keys[slot]` settles which one
 * the text really is.
 */
export interface FormTable {
  /** Sequences of one word: small, so the lookup every word of a draft makes stays in cache. */
  readonly first: HashMap32;
  /** Sequences of two or more words. */
  readonly deep: HashMap32;
  /** slot -> formKey */
  readonly keys: readonly string[];
  /** slot -> entries, ranked as FormIndex.get returns them. */
  readonly entries: readonly (readonly FormEntry[])[];
  /** slot -> next slot whose words hash the same, or -1. */
  readonly nextSame: Int32Array;
  /** slot -> 1 when some entry is an acronym, whose case must be checked. */
  readonly exact: Uint8Array;
}

export interface TableFormIndex extends FormIndex {
  readonly table: FormTable;
}

export const hasFormTable = (forms: FormIndex): forms is TableFormIndex => (forms as Partial<TableFormIndex>).table !== undefined;

export function buildFormIndex(entities: readonly Entity[]): TableFormIndex {
  const slots = new Map<string, number>();
  const keys: string[] = [];
  const entries: FormEntry[][] = [];
  // Grown as needed: the one-word table stays as small as the distinct first words, so it stays in cache.
  const first = new HashMap32(1024);
  const deep = new HashMap32(entities.length);
  const nextSame: number[] = [];
  const all = allForms(entities);
  // One tokenizer pass over every form, blank-line separated (no word or ordinal crosses a blank line),
  // instead of a token stream per form: 100,000 entities have some 250,000 forms.
  const words = scanWords(all.text);
  let t = 0;
  for (let f = 0; f < all.forms.length; f++) {
    const form = all.forms[f];
    const start = all.starts[f];
    const end = start + form.text.length;
    while (t < words.length && words.start[t] < start) t++;
    const firstWord = t;
    let ordinal = false;
    while (t < words.length && words.start[t] < end) if (words.ordinal[t++]) ordinal = true;
    // Forms naming an ordinal ("KTT ASEAN ke-42") are found as series + ordinal instead.
    if (t === firstWord || ordinal) continue;
    let key = words.key(firstWord);
    if (t - firstWord > 1) {
      // Joined, not concatenated: a flat string, not a rope that keeps the whole text alive.
      const parts = [key];
      for (let w = firstWord + 1; w < t; w++) parts.push(words.key(w));
      key = parts.join(' ');
    } else key = flat(key);
    const entity = form.entity;
    const shared = entity.sharedForms?.length ? entity.sharedForms.some((x) => formKey(x) === key) : false;
    const entry: FormEntry = { id: entity.id, via: form.via, shared };
    if (form.via === 'acronym') entry.exact = exactOfRange(words, firstWord, t - 1);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = keys.length;
      slots.set(key, slot);
      keys.push(key);
      entries.push([entry]);
      nextSame.push(-1);
      let h = words.hash[firstWord];
      for (let w = firstWord + 1; w < t; w++) {
        (w === firstWord + 1 ? first : deep).update(h, (v) => (v < 0 ? 1 : v | 1));
        h = hashCombine(h, words.hash[w]);
      }
      const s = slot;
      (t - firstWord === 1 ? first : deep).update(h, (v) => {
        if (v < 0) return ((s + 1) << 1) | 0;
        if (v >> 1) nextSame[s] = (v >> 1) - 1;
        return ((s + 1) << 1) | (v & 1);
      });
    } else addEntry(entries[slot], entry);
  }
  const exact = new Uint8Array(keys.length);
  entries.forEach((list, slot) => (exact[slot] = list.some((e) => e.exact !== undefined) ? 1 : 0));
  const table: FormTable = { first, deep, keys, entries, nextSame: Int32Array.from(nextSame), exact };
  // The FNV prefix set of the original contract, built only if someone asks.
  let prefixes: HashSet32 | undefined;
  return {
    table,
    get: (key) => {
      const v = (key.includes(' ') ? deep : first).get(wordsHash(key));
      for (let slot = (v >> 1) - 1; v > 0 && slot >= 0; slot = table.nextSame[slot]) if (keys[slot] === key) return entries[slot];
      return undefined;
    },
    hasPrefix: (h) => (prefixes ??= fnvPrefixes(keys)).has(h),
    size: keys.length,
  };
}

function fnvPrefixes(keys: readonly string[]): HashSet32 {
  const set = new HashSet32(keys.length * 4);
  for (const key of keys) {
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) set.add(keyHash(key.slice(0, i)));
    set.add(keyHash(key));
  }
  return set;
}

/** A copy that does not share the big text's memory (V8 slices keep their parent alive). */
const flat = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

interface FormOf {
  entity: Entity;
  text: string;
  via: FormKind;
}

/** Every form of every entity in one text, each starting at starts[i], separated by blank lines. */
function allForms(entities: readonly Entity[]): { text: string; forms: FormOf[]; starts: number[] } {
  const forms: FormOf[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const entity of entities) {
    for (const f of formsOf(entity)) {
      forms.push({ entity, text: f.text, via: f.via });
      starts.push(at);
      parts.push(f.text);
      at += f.text.length + 2;
    }
  }
  return { text: parts.join('\n\n'), forms, starts };
}

const RANK: Record<FormKind, number> = { acronym: 0, name: 1, alias: 2 };

function addEntry(list: FormEntry[], entry: FormEntry): void {
  const same = list.findIndex((e) => e.id === entry.id && (e.exact === entry.exact || (e.via !== 'acronym' && entry.via !== 'acronym')));
  if (same < 0) list.push(entry);
  else if (RANK[entry.via] < RANK[list[same].via]) list[same] = entry;
}
