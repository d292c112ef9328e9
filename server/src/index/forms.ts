/** Surface forms (names, acronyms, aliases) -> entities: what the recogniser looks words up in. */
import type { Entity } from '../data/dataset';
import type { FormKind } from '../scan/hits';
import { exactKey, tokenize } from '../scan/tokens';
import { HashSet32, hashNext, hashStart } from './hash';
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

export function buildFormIndex(entities: readonly Entity[]): FormIndex {
  const map = new Map<string, FormEntry[]>();
  const prefixes = new HashSet32(entities.length * 8);
  for (const entity of entities) {
    const shared = new Set((entity.sharedForms ?? []).map((f) => tokenize(f).map((t) => t.norm).join(' ')));
    for (const form of formsOf(entity)) {
      const words = tokenize(form.text);
      // Forms naming an ordinal ("KTT ASEAN ke-42") are found as series + ordinal instead.
      if (words.length === 0 || words.some((w) => w.ordinal !== undefined)) continue;
      const key = words.map((w) => w.norm).join(' ');
      const entry: FormEntry = { id: entity.id, via: form.via, shared: shared.has(key) };
      if (form.via === 'acronym') entry.exact = exactKey(form.text);
      addEntry(map, key, entry);
      let h = hashStart(words[0].norm);
      prefixes.add(h);
      for (let i = 1; i < words.length; i++) prefixes.add((h = hashNext(h, words[i].norm)));
    }
  }
  return { get: (key) => map.get(key), hasPrefix: (h) => prefixes.has(h), size: map.size };
}

const RANK: Record<FormKind, number> = { acronym: 0, name: 1, alias: 2 };

function addEntry(map: Map<string, FormEntry[]>, key: string, entry: FormEntry): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [entry]);
    return;
  }
  const same = list.findIndex((e) => e.id === entry.id && (e.exact === entry.exact || (e.via !== 'acronym' && entry.via !== 'acronym')));
  if (same < 0) list.push(entry);
  else if (RANK[entry.via] < RANK[list[same].via]) list[same] = entry;
}
