/** The list of abbreviations a draft uses: each acronym once, with what it stands for. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity, Lang } from '../data/dataset';
import { nameIn } from '../format/names';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';

export interface GlossaryRow {
  acronym: string;
  expansion: string;
  id: string;
}

export function glossary(doc: TextDocument, index: EntityIndex, scan: DocumentScan, lang: Lang): GlossaryRow[] {
  const text = doc.getText();
  const rows = new Map<string, GlossaryRow>();
  for (const hit of scan.hits) {
    const entity = index.byId.get(hit.candidates[0]?.id ?? '');
    // "ARSOM ke-16" names the 16th meeting, but the abbreviation it uses is the series'.
    const owners = [entity, entity?.series ? index.byId.get(entity.series) : undefined].filter((e): e is Entity => !!e);
    const written = text.slice(hit.start, hit.end);
    for (const owner of owners) {
      for (const acronym of owner.acronyms ?? []) {
        if (!rows.has(acronym) && usesWord(written, acronym)) rows.set(acronym, { acronym, expansion: nameIn(owner, lang), id: owner.id });
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.acronym.localeCompare(b.acronym, lang));
}

/** Does the text contain the acronym as whole words ("Menko PMK" yes, "ASEAN" in "ASEANs" no)? */
function usesWord(text: string, acronym: string): boolean {
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + acronym.length])) return true;
  }
  return false;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
