/**
 * The list of abbreviations a draft uses: each acronym once, with what it stands for in the
 * card language; rendered by format/glossary.ts. An acronym counts when it is written, as a
 * whole word and in its case, inside a recognised reference: "ARSOM", "Pertemuan ke-16 ARSOM"
 * (the series' acronym), "Sidang ASCC ke-29", and "KTT ASEAN ke-42", which uses both KTT and ASEAN.
 */
import type { Entity } from '../data/dataset';
import type { GlossaryRow } from '../format/glossary';
import { nameIn } from '../format/names';
import type { EntityIndex } from '../index/types';
import { formKey, tokenize } from '../text/tokens';
import { referenceText } from '../scan/hits';
import type { RequestContext } from './request';

export type { GlossaryRow } from '../format/glossary';

/** In the card language: the expansions are the entities' names in it. */
export function glossary({ doc, index, scan, cardLang: lang }: RequestContext): GlossaryRow[] {
  const text = doc.getText();
  const rows = new Map<string, GlossaryRow>();
  const add = (acronym: string, owner: Entity): void => {
    if (!rows.has(acronym)) rows.set(acronym, { acronym, expansion: nameIn(owner, lang), id: owner.id });
  };
  if (scan.hits.length === 0) return [];
  const named = new Set(scan.hits.flatMap((h) => h.candidates.map((c) => c.id)));
  for (const hit of scan.hits) {
    const written = referenceText(text, hit);
    // 1. The acronyms of what the reference names, best reading first: a meeting lends its series'
    //    acronym, and a shared one ("ASCC ke-29": the council meeting or the community) goes to the best reading that has it.
    for (const owner of owners(hit.candidates.map((c) => c.id), index)) {
      for (const acronym of owner.acronyms ?? []) if (usesWord(written, acronym)) add(acronym, owner);
    }
    // 2. Other acronyms written inside it ("KTT ASEAN ke-42" names the summit, and uses KTT and ASEAN).
    for (const { acronym, ids } of acronymsWritten(written, index)) {
      if (rows.has(acronym)) continue;
      const owner = index.byId.get(ids.find((id) => named.has(id)) ?? ids[0]);
      if (owner) add(acronym, owner);
    }
  }
  return [...rows.values()].sort((a, b) => compare(a.acronym, b.acronym));
}

/** An acronym is rarely longer than this many words ("Menko PMK"). */
const MAX_ACRONYM_WORDS = 4;

/**
 * The acronyms whose words appear in the text, each with the entities that have it (in the order the
 * form index ranks them): every run of up to four words is looked up as a form, so this costs the
 * same at 100 entities as at 100,000.
 */
function acronymsWritten(written: string, index: EntityIndex): { acronym: string; ids: string[] }[] {
  const words = tokenize(written).filter((t) => t.ordinal === undefined);
  const out = new Map<string, string[]>();
  for (let i = 0; i < words.length; i++) {
    let key = '';
    for (let j = i; j < Math.min(words.length, i + MAX_ACRONYM_WORDS); j++) {
      key = key ? `${key} ${words[j].norm}` : words[j].norm;
      for (const entry of index.forms.get(key) ?? []) {
        if (entry.via !== 'acronym') continue;
        for (const acronym of index.byId.get(entry.id)?.acronyms ?? []) {
          if (formKey(acronym) !== key || !usesWord(written, acronym)) continue;
          const ids = out.get(acronym) ?? [];
          if (!ids.includes(entry.id)) ids.push(entry.id);
          out.set(acronym, ids);
        }
      }
    }
  }
  return [...out].map(([acronym, ids]) => ({ acronym, ids }));
}

function owners(ids: readonly string[], index: EntityIndex): Entity[] {
  const out: Entity[] = [];
  for (const id of ids) {
    const entity = index.byId.get(id);
    if (!entity) continue;
    out.push(entity);
    const series = entity.series ? index.byId.get(entity.series) : undefined;
    if (series) out.push(series);
  }
  return out;
}

/** Alphabetical, ignoring case, then by code unit, so the order never depends on the machine's locale. */
function compare(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Does the text contain the acronym as whole words ("Menko PMK" yes, "ASEAN" in "ASEANs" no)? */
function usesWord(text: string, acronym: string): boolean {
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + acronym.length])) return true;
  }
  return false;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
