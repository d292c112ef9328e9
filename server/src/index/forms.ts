/** Surface forms (names, acronyms, aliases) -> entities: what the recogniser looks words up in. */
import type { FormKind } from '../text/forms';
import { exactOfRange, formKey, scanWords, type TokenStream } from '../text/tokens';
import { HashMap32, HashSet32, hashCombine, keyHash, wordsHash } from '../text/hash';
import { FORM_SEPARATOR, formListOf, formText, KINDS, VIAS, type FormList, type FormOwner } from '../data/columns';
import { formVariants } from './form-variants';
import { PackedStrings } from './packed-strings';
import type { FormEntry, FormIndex } from './types';

export { formsOf, type FormOwner } from '../data/columns';

/**
 * The forms as the recogniser walks them, keyed by word-sequence hashes
 * (hashStart of the first word's key, then hashCombine with each next word's):
 * the tokenizer hashes every word of a draft once, so looking up and extending
 * a match never builds a string. A value is `(slot + 1) << 1 | more`, where
 * `more` says a longer form continues these words and slot (0 when the words
 * are only a prefix) is the first form whose words hash so; forms whose hashes
 * collide are chained through `nextSame`, and `keys[slot]` settles which one
 * the text really is. Everything is typed arrays and packed strings, so the
 * compiled data can store the table as it is (forms-store.ts); a slot's
 * entries become objects only when a draft first names it (entriesAt).
 */
export interface FormTable {
  /** Sequences of one word: small, so the lookup every word of a draft makes stays in cache. */
  readonly first: HashMap32;
  /** Sequences of two or more words. */
  readonly deep: HashMap32;
  /** slot -> formKey */
  readonly keys: PackedStrings;
  /** Slot s's entries are [entryStart[s], entryStart[s + 1]), ranked as FormIndex.get returns them. */
  readonly entryStart: Int32Array;
  /** Entry -> entity number (ids), how it matches (VIAS), 1 when shared, and its acronym as written ('' for the rest). */
  readonly entryEntity: Int32Array;
  readonly entryVia: Uint8Array;
  readonly entryShared: Uint8Array;
  readonly entryExact: PackedStrings;
  readonly ids: readonly string[];
  /** slot -> next slot whose words hash the same, or -1. */
  readonly nextSame: Int32Array;
  /** slot -> 1 when some entry is an acronym, whose case must be checked. */
  readonly exact: Uint8Array;
  /** Entries made into objects so far, by slot: what the recogniser's memo is keyed by. */
  readonly made: (readonly FormEntry[] | undefined)[];
  /** Slot -> spelling -> the entries words so written accept, where some match only as written (entriesWrittenAs). */
  readonly written: Map<number, Map<string, readonly FormEntry[]>>;
}

export interface TableFormIndex extends FormIndex {
  readonly table: FormTable;
}

export const hasFormTable = (forms: FormIndex): forms is TableFormIndex => (forms as Partial<TableFormIndex>).table !== undefined;

const FORMS_PER_PASS = 4096;

export function buildFormIndex(forms: FormList | readonly FormOwner[], kinds?: Uint8Array): TableFormIndex {
  return formIndexOver(buildFormTable(Array.isArray(forms) ? formListOf(forms as readonly FormOwner[]) : (forms as FormList), kinds));
}

/** A slot's entry while the table is built. */
interface DraftEntry {
  entity: number;
  via: FormKind;
  shared: boolean;
  exact?: string;
}

export function buildFormTable(all: FormList, kinds?: Uint8Array): FormTable {
  const t: DraftTable = { keys: [], entries: [], first: new HashMap32(1024), deep: new HashMap32(all.ids.length), nextSame: [] };
  const looked = lookedUp(all, kinds);
  addForms(t, all, false, looked);
  // The ways writers vary the forms, where no form of the data has the same key (form-variants.ts).
  addForms(t, variantsOf(all, kinds, looked), true);
  return packTable(t.first, t.deep, t.keys, t.entries, Int32Array.from(t.nextSame), all.ids);
}

/** The form table while it is built. */
interface DraftTable {
  keys: string[];
  entries: DraftEntry[][];
  // Grown as needed: the one-word table stays as small as the distinct first words, so it stays in cache.
  first: HashMap32;
  deep: HashMap32;
  nextSame: number[];
}

/**
 * Which forms are looked up in drafts: all but a term's one-word name when the term has an acronym. That
 * name is a common noun writers use for anything ("the G20 summit"); the acronym ("KTT") is the reference.
 */
function lookedUp(all: FormList, kinds: Uint8Array | undefined): (f: number) => boolean {
  if (!kinds) return () => true;
  const term = KINDS.indexOf('term');
  return (f) => {
    const n = all.entity[f];
    if (kinds[n] !== term || VIAS[all.via[f]] !== 'name' || /[\s-]/.test(formText(all, f))) return true;
    for (let g = f - 1; g >= 0 && all.entity[g] === n; g--) if (VIAS[all.via[g]] === 'acronym') return false;
    return true;
  };
}

function addForms(tb: DraftTable, all: FormList, variants: boolean, looked: (f: number) => boolean = () => true): void {
  const { keys, entries, first, deep, nextSame } = tb;
  const own = keys.length;
  // A tokenizer pass over a few thousand forms at a time, blank-line separated (no word or ordinal
  // crosses a blank line): not a token stream per form (100,000 entities have some 250,000 forms),
  // nor one for all of them (tens of megabytes of typed arrays at once).
  let words = scanWords(all.text, 0, 0);
  let t = 0;
  for (let f = 0; f < all.count; f++) {
    if (f % FORMS_PER_PASS === 0) {
      words = scanWords(all.text, all.starts[f], all.starts[Math.min(all.count, f + FORMS_PER_PASS)]);
      t = 0;
    }
    const start = all.starts[f];
    const end = all.starts[f + 1] - 2;
    while (t < words.length && words.start[t] < start) t++;
    const firstWord = t;
    let ordinal = false;
    while (t < words.length && words.start[t] < end) if (words.ordinal[t++]) ordinal = true;
    // Forms naming an ordinal ("KTT ASEAN ke-42") are found as series + ordinal instead.
    if (t === firstWord || ordinal || !looked(f)) continue;
    const key = keyOf(all.text, words, firstWord, t, start, end);
    // The words' hash chain, marking each shorter sequence as the prefix of a longer one.
    let h = words.hash[firstWord];
    for (let w = firstWord + 1; w < t; w++) {
      (w === firstWord + 1 ? first : deep).or(h, 1);
      h = hashCombine(h, words.hash[w]);
    }
    const table = t - firstWord === 1 ? first : deep;
    const v = table.get(h);
    let slot = -1;
    for (let s = v > 1 ? (v >> 1) - 1 : -1; s >= 0; s = nextSame[s]) {
      if (keys[s] === key) {
        slot = s;
        break;
      }
    }
    const via = VIAS[all.via[f]];
    // A variant never joins a form of the data, but an acronym's upper-case lead joins its own ("KEMENKO PMK").
    if (variants && slot >= 0 && slot < own && !(via === 'acronym' && entries[slot].every((e) => e.entity === all.entity[f]))) continue;
    const shared = all.shared.get(all.entity[f])?.some((x) => formKey(x) === key) ?? false;
    const entry: DraftEntry = { entity: all.entity[f], via, shared };
    if (all.cased[f]) entry.exact = exactOfRange(words, firstWord, t - 1);
    if (slot >= 0) {
      addEntry(entries[slot], entry);
      continue;
    }
    slot = keys.length;
    keys.push(key);
    entries.push([entry]);
    // Forms whose words hash alike are chained; the table points at the newest.
    nextSame.push(v > 1 ? (v >> 1) - 1 : -1);
    const s = slot;
    table.update(h, (old) => ((s + 1) << 1) | (old < 0 ? 0 : old & 1));
  }
}

/** The variants of every form, as a form list of the same entities (no shared forms: a variant is never shared). */
function variantsOf(all: FormList, kinds: Uint8Array | undefined, looked: (f: number) => boolean): FormList {
  const parts: string[] = [];
  const entity: number[] = [];
  const via: number[] = [];
  const cased: number[] = [];
  for (let f = 0; f < all.count; f++) {
    const n = all.entity[f];
    if (!looked(f)) continue;
    const form = formText(all, f);
    // Few entities share forms: the key is compared only for theirs.
    const sharedForms = all.shared.get(n);
    const shared = sharedForms !== undefined && sharedForms.some((x) => formKey(x) === formKey(form));
    for (const v of formVariants(form, VIAS[all.via[f]], kinds ? KINDS[kinds[n]] : undefined, shared)) {
      parts.push(v.text);
      entity.push(n);
      via.push(VIAS.indexOf(v.via));
      // A variant of a form that matches as written matches as written too ("SOMs", "KEMLU").
      cased.push(all.cased[f]);
    }
  }
  const starts = new Int32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i] + parts[i].length + FORM_SEPARATOR.length;
  const text = parts.join(FORM_SEPARATOR) + FORM_SEPARATOR;
  return { count: parts.length, text, starts, entity: Int32Array.from(entity), via: Uint8Array.from(via), cased: Uint8Array.from(cased), ids: all.ids, shared: new Map() };
}

function packTable(first: HashMap32, deep: HashMap32, keys: string[], entries: DraftEntry[][], nextSame: Int32Array, ids: readonly string[]): FormTable {
  const entryStart = new Int32Array(entries.length + 1);
  entries.forEach((list, s) => (entryStart[s + 1] = entryStart[s] + list.length));
  const all = entries.flat();
  const exact = new Uint8Array(keys.length);
  entries.forEach((list, s) => (exact[s] = list.some((e) => e.exact !== undefined) ? 1 : 0));
  return {
    first: first.seal(),
    deep: deep.seal(),
    keys: PackedStrings.from(keys),
    entryStart,
    entryEntity: Int32Array.from(all, (e) => e.entity),
    entryVia: Uint8Array.from(all, (e) => VIAS.indexOf(e.via)),
    entryShared: Uint8Array.from(all, (e) => (e.shared ? 1 : 0)),
    entryExact: PackedStrings.from(all.map((e) => e.exact ?? '')),
    ids,
    nextSame,
    exact,
    made: new Array(keys.length),
    written: new Map(),
  };
}

/** The entries words written `exact` accept: those that match in any case, and those written so. */
export const acceptedAs = (entries: readonly FormEntry[], exact: string): readonly FormEntry[] => entries.filter((e) => e.exact === undefined || e.exact === exact);

/** Spellings of one slot kept: a draft writes a form a few ways ("ASEAN", "Asean"), not thousands. */
const SPELLINGS_KEPT = 16;

/**
 * Slot s's entries that words written `exact` accept, made once per spelling: the same array each time "ASEAN"
 * is read, which keeps the recogniser's memo (keyed by the array) from missing on every acronym that shares its
 * form with a cased alias.
 */
export function entriesWrittenAs(table: FormTable, slot: number, exact: string): readonly FormEntry[] {
  let bySpelling = table.written.get(slot);
  if (!bySpelling) table.written.set(slot, (bySpelling = new Map()));
  let list = bySpelling.get(exact);
  if (!list) {
    list = acceptedAs(entriesAt(table, slot), exact);
    if (bySpelling.size < SPELLINGS_KEPT) bySpelling.set(exact, list);
  }
  return list;
}

/** Slot s's entries as objects, made once. */
export function entriesAt(table: FormTable, slot: number): readonly FormEntry[] {
  let made = table.made[slot];
  if (!made) {
    const list: FormEntry[] = [];
    for (let e = table.entryStart[slot]; e < table.entryStart[slot + 1]; e++) {
      const entry: FormEntry = { id: table.ids[table.entryEntity[e]], via: VIAS[table.entryVia[e]], shared: table.entryShared[e] === 1 };
      // Only forms that match as written have an exact text, and it is never empty.
      const exact = table.entryExact.get(e);
      if (exact) entry.exact = exact;
      list.push(entry);
    }
    table.made[slot] = made = list;
  }
  return made;
}

/** The FormIndex over a table, built here or stored by the compiled data. */
export function formIndexOver(table: FormTable): TableFormIndex {
  // The FNV prefix set of the original contract, built only if someone asks.
  let prefixes: HashSet32 | undefined;
  return {
    table,
    get: (key) => {
      const v = (/[ ,+:]/.test(key) ? table.deep : table.first).get(wordsHash(key));
      for (let slot = (v >> 1) - 1; v > 0 && slot >= 0; slot = table.nextSame[slot]) if (table.keys.get(slot) === key) return entriesAt(table, slot);
      return undefined;
    },
    hasPrefix: (h) => (prefixes ??= fnvPrefixes(table.keys)).has(h),
    size: table.keys.count,
  };
}

function fnvPrefixes(keys: PackedStrings): HashSet32 {
  const set = new HashSet32(keys.count * 4);
  for (let k = 0; k < keys.count; k++) {
    const key = keys.get(k);
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) set.add(keyHash(key.slice(0, i)));
    set.add(keyHash(key));
  }
  return set;
}

/** A copy that does not share the big text's memory (V8 slices keep their parent alive). */
const flat = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/** formKey of text[start, end), whose words are first..last-1 of the stream. */
function keyOf(text: string, words: TokenStream, first: number, last: number, start: number, end: number): string {
  // Most forms are plain ASCII words with single spaces between them: their key is their text lower-cased.
  let plain = words.start[first] === start && words.end[last - 1] === end;
  for (let w = first; plain && w < last; w++) {
    plain = words.simple[w] === 1 && (w === last - 1 || (words.end[w] + 1 === words.start[w + 1] && text.charCodeAt(words.end[w]) === 0x20));
  }
  if (plain && !/['’ʼ]/.test(text.slice(start, end))) return flat(text.slice(start, end).toLowerCase());
  if (last - first === 1) return flat(words.key(first));
  // Joined, not concatenated: a flat string, not a rope that keeps the whole text alive.
  const parts: string[] = [];
  for (let w = first; w < last; w++) {
    if (w > first) parts.push(separator(text, words.end[w - 1], words.start[w]));
    parts.push(words.key(w));
  }
  return parts.join('');
}

/**
 * What a key writes between two words: a comma, a plus or a colon where the name has one ("Kementerian
 * Pendidikan, Kebudayaan, …", "ASEAN+3", "ASEAN Matters: Epicentrum of Growth"), so the recogniser joins
 * words across that punctuation only inside such names.
 */
export function separator(text: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x2b || c === 0x3a) return text[i];
  }
  return ' ';
}

const RANK: Record<FormKind, number> = { acronym: 0, name: 1, alias: 2 };

function addEntry(list: DraftEntry[], entry: DraftEntry): void {
  const same = list.findIndex((e) => e.entity === entry.entity && (e.exact === entry.exact || (e.exact === undefined && entry.exact === undefined)));
  if (same < 0) list.push(entry);
  else if (RANK[entry.via] < RANK[list[same].via]) list[same] = entry;
}
