/**
 * The naive ways, for comparison: fuse.js over every entry for each completion
 * query, and a scan that tries every surface form against the text with indexOf.
 */
import Fuse from 'fuse.js';
import type { Entity } from '../server/src/data/dataset';
import { formsOf } from '../server/src/index/forms';

export interface NaiveCompleter {
  query(typed: string, limit: number): string[];
}

/** fuse.js as a first implementation would use it: every entity, its names, acronyms and aliases as keys. */
export function fuseOverAll(entities: readonly Entity[]): NaiveCompleter {
  const records = entities.map((e) => ({ id: e.id, en: e.name.en, idn: e.name.id ?? '', acronyms: e.acronyms ?? [], aliases: e.aliases ?? [] }));
  const fuse = new Fuse(records, { keys: ['acronyms', 'en', 'idn', 'aliases'], threshold: 0.4, ignoreLocation: true, includeScore: true });
  return { query: (typed, limit) => fuse.search(typed, { limit }).map((r) => r.item.id) };
}

/** Every surface form, lower-cased, found with indexOf in the lower-cased text: no tokenizer, no index. */
export function naiveScan(text: string, forms: readonly string[]): number {
  const lower = text.toLowerCase();
  let found = 0;
  for (const f of forms) {
    for (let i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + f.length)) found++;
  }
  return found;
}

export function surfaceForms(entities: readonly Entity[]): string[] {
  const out: string[] = [];
  for (const e of entities) for (const f of formsOf(e)) out.push(f.text.toLowerCase());
  return out;
}
