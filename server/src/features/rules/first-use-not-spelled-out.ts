/**
 * House style: an acronym is spelled out at its first use in a document, either way round —
 * "ASEAN-Russia Senior Officials' Meeting (ARSOM)", "ARSOM (ASEAN-Russia Senior Officials' Meeting)",
 * "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)" — also when it sits in a numbered reference
 * ("Pertemuan ARSOM ke-16"). The `exemptAcronyms` setting lists those that need none (ASEAN).
 * Quick fix: write the expansion in the draft's language beside it.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { nameIn } from '../../format/names';
import type { EntityIndex, EntitySummary } from '../../index/types';
import { firstFrom, hitAt, type DocumentScan, type Hit } from '../../scan/hits';
import { formKey } from '../../text/tokens';
import { defineRule } from './rule';

/** The acronym and the entity whose expansion is meant. */
interface FirstUse {
  acronym: string;
  id: string;
}

const messages = {
  notSpelledOut: {
    en: (p: { acronym: string; expansion: string }) => `First use of ${p.acronym} is not spelled out: write "${p.expansion} (${p.acronym})"`,
    id: (p: { acronym: string; expansion: string }) => `Penggunaan pertama ${p.acronym} belum ditulis kepanjangannya: tulis "${p.expansion} (${p.acronym})"`,
  },
  spellOut: {
    en: (p: { text: string }) => `Spell out: ${p.text}`,
    id: (p: { text: string }) => `Tulis kepanjangan: ${p.text}`,
  },
};

/** A paragraph's first use of an acronym, and the one entity to spell out when the draft's first use is this one and is not spelled out. */
interface FirstUseNote {
  acronym: string;
  start: number;
  end: number;
  owner?: { id: string; expansion: string };
}

/** Where an acronym is first used, and what it may stand for. */
interface AcronymUse {
  acronym: string;
  start: number;
  end: number;
  hit: Hit;
  owners: EntitySummary[];
  /** Where the brackets open, for an acronym in brackets inside a longer reference (bracketedUses). */
  open?: number;
}

export const firstUseNotSpelledOut = defineRule<typeof messages, FirstUse, FirstUseNote[]>({
  id: 'first-use-not-spelled-out',
  description: {
    en: 'The first use of an acronym in a document has no expansion next to it.',
    id: 'Penggunaan pertama sebuah akronim dalam dokumen tidak disertai kepanjangannya.',
  },
  defaultSeverity: 'warning',
  autoFix: true,
  messages,
  // Each paragraph's first use of each acronym, judged there; the draft's first use of it is the one that counts.
  read({ text, hits }, { index, lang }) {
    const notes: FirstUseNote[] = [];
    for (const use of firstUses(text, hits, index)) {
      // A shared acronym ("SOM") has no one expansion: the ambiguity hint asks the writer to choose first.
      const owner = use.owners.length === 1 && !spelledOut(text, hits, index, use) ? use.owners[0] : undefined;
      notes.push({ acronym: use.acronym, start: use.start, end: use.end, ...(owner ? { owner: { id: owner.id, expansion: nameIn(owner, lang) } } : {}) });
    }
    return notes;
  },
  run({ settings }, paragraphs, report) {
    const exempt = new Set(settings.exemptAcronyms);
    const seen = new Set<string>();
    for (const { at, notes } of paragraphs) {
      for (const use of notes) {
        if (seen.has(use.acronym)) continue;
        seen.add(use.acronym);
        if (!use.owner || exempt.has(use.acronym)) continue;
        report(at + use.start, at + use.end, 'notSpelledOut', { acronym: use.acronym, expansion: use.owner.expansion }, { acronym: use.acronym, id: use.owner.id });
      }
    }
  },
  fix({ doc, index, scan, lang }, diagnostic) {
    const edit = spellOutEdit(doc.getText(), scan, index, doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end), diagnostic.data);
    if (!edit) return [];
    const action: CodeAction = {
      title: messages.spellOut[lang]({ text: edit.shown }),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.newText }] } },
    };
    return [action];
  },
});

/**
 * The edit that spells an acronym out in the draft's language: a bare "ARSOM" becomes "Pertemuan Pejabat
 * Senior ASEAN-Rusia (ARSOM)"; inside a longer reference the expansion follows it in brackets. Only where
 * the draft still has that acronym there (the CLI's --fix applies it through the quick fix).
 */
function spellOutEdit(text: string, scan: DocumentScan, index: EntityIndex, start: number, end: number, data: Partial<FirstUse> | undefined): { start: number; end: number; newText: string; shown: string } | undefined {
  const acronym = text.slice(start, end);
  if (!data || data.acronym !== acronym || typeof data.id !== 'string') return undefined;
  const hit = hitAt(scan, start);
  const owner = index.byId.get(data.id);
  if (!hit || !owner || !(owner.acronyms ?? []).includes(acronym)) return undefined;
  const expansion = nameIn(owner, scan.lang);
  if (hit.start === start && hit.end === end) return { start, end, newText: `${expansion} (${acronym})`, shown: `${expansion} (${acronym})` };
  return { start: end, end, newText: ` (${expansion})`, shown: `${acronym} (${expansion})` };
}

/** Each acronym's first use in the text, in order: the acronyms of what a reference names, written in it as whole words. */
function firstUses(text: string, hits: readonly Hit[], index: EntityIndex): AcronymUse[] {
  const seen = new Map<string, AcronymUse>();
  for (const hit of hits) {
    for (const owner of ownersOf(hit, index)) {
      for (const acronym of owner.acronyms ?? []) {
        const at = wordAt(text, acronym, hit.start, hit.end);
        if (at < 0) continue;
        const use = seen.get(acronym);
        if (!use) seen.set(acronym, { acronym, start: at, end: at + acronym.length, hit, owners: [owner] });
        else if (use.hit === hit && !use.owners.some((o) => o.id === owner.id)) use.owners.push(owner);
      }
    }
    for (const use of bracketedUses(text, hit, index)) if (!seen.has(use.acronym)) seen.set(use.acronym, use);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

/**
 * "Konferensi Tingkat Tinggi (KTT) ASEAN ke-42": an acronym in brackets inside a longer reference is a use of its
 * own, of the entities it is the acronym of (the term KTT), and the words before the brackets may spell it out.
 */
function bracketedUses(text: string, hit: Hit, index: EntityIndex): AcronymUse[] {
  const out: AcronymUse[] = [];
  // Within the reference only: most have no brackets, and none runs on past its end.
  for (let open = hit.start; open < hit.end; open++) {
    if (text.charCodeAt(open) !== 0x28) continue;
    const close = text.indexOf(')', open);
    if (close < 0 || close >= hit.end) break;
    const acronym = text.slice(open + 1, close).trim();
    const owners = acronymOwners(acronym, index);
    if (owners.length > 0) {
      const start = text.indexOf(acronym, open);
      out.push({ acronym, start, end: start + acronym.length, hit, owners, open });
    }
    open = close;
  }
  return out;
}

/** The entities whose acronym is written so ("KTT"): an acronym matches only as written. */
function acronymOwners(acronym: string, index: EntityIndex): EntitySummary[] {
  if (!/^\p{Lu}[\p{Lu}\p{N}-]*$/u.test(acronym)) return [];
  const entries = index.forms.get(formKey(acronym)) ?? [];
  const owners: EntitySummary[] = [];
  for (const e of entries) {
    const owner = e.via === 'acronym' && (e.exact === undefined || e.exact === acronym) ? index.summaryOf(e.id) : undefined;
    if (owner && (owner.acronyms ?? []).includes(acronym) && !owners.some((o) => o.id === owner.id)) owners.push(owner);
  }
  return owners;
}

/** The entities a reference names and the series of each: "Pertemuan ke-16 ARSOM" lends ARSOM from its series. */
function ownersOf(hit: Hit, index: EntityIndex): EntitySummary[] {
  // Summaries and the series column, not whole records: a new draft names thousands of entities.
  const out: EntitySummary[] = [];
  for (const c of hit.candidates) {
    const e = index.summaryOf(c.id);
    if (!e) continue;
    out.push(e);
    const seriesId = index.seriesOf(c.id);
    const series = seriesId ? index.summaryOf(seriesId) : undefined;
    if (series) out.push(series);
  }
  return out;
}

/** Is the acronym spelled out beside its use: "Name (ACR)" or "ACR (Name)"? */
function spelledOut(text: string, hits: readonly Hit[], index: EntityIndex, use: AcronymUse): boolean {
  // Made only where brackets stand beside the use (most uses have none): it reads each owner's record for its aliases.
  let known: Set<string> | undefined;
  const namesOf = (o: EntitySummary): (string | undefined)[] => {
    const record = index.byId.get(o.id);
    return [o.name.en, o.name.id, ...(record?.aliases ?? []), ...(record?.casedAliases ?? [])];
  };
  const names = (): Set<string> => (known ??= new Set(use.owners.flatMap(namesOf).filter((n): n is string => !!n && n !== use.acronym).map(formKey)));
  const ids = new Set(use.owners.map((o) => o.id));
  const namesOwner = (from: number, to: number): boolean => {
    if (names().has(formKey(text.slice(from, to)))) return true;
    // A recognised reference to the same entity, or to one of its meetings ("Pertemuan ke-16 ASEAN-Russia Senior Officials' Meeting (ARSOM)").
    return hitsWithin(hits, from, to).some((h) => h.candidates.some((c) => ids.has(c.id) || ids.has(index.seriesOf(c.id) ?? '')) && h !== use.hit);
  };
  // "Konferensi Tingkat Tinggi ASEAN (KTT) ke-42": inside a reference, its words before the brackets may hold the name.
  if (use.open !== undefined) {
    const words = formKey(text.slice(use.hit.start, use.open));
    if ([...names()].some((n) => ` ${words} `.includes(` ${n} `))) return true;
  }
  // "Name (ACR)": the brackets hold the acronym alone, and the name ends right before them.
  const open = before(text, use.start);
  if (text[open] === '(' && text[after(text, use.end)] === ')') {
    const nameEnd = open;
    const nameStart = Math.max(0, text.lastIndexOf('\n\n', nameEnd) + 1, nameEnd - 300);
    if (hitsWithin(hits, nameStart, nameEnd).some((h) => h !== use.hit && /^\s*$/.test(text.slice(h.end, nameEnd)) && h.candidates.some((c) => ids.has(c.id) || ids.has(index.seriesOf(c.id) ?? '')))) return true;
    for (const n of names()) if (formKey(text.slice(Math.max(0, nameEnd - n.length * 2), nameEnd)).endsWith(n)) return true;
  }
  // "ACR (Name)", also "Pertemuan ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia) ke-16".
  const next = after(text, use.end);
  if (text[next] === '(') {
    const close = text.indexOf(')', next);
    if (close > next && close - next < 300 && namesOwner(next + 1, close)) return true;
  }
  return false;
}

const before = (text: string, at: number): number => {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i;
};
const after = (text: string, at: number): number => {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
};

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The first whole-word occurrence of `word` in text[from, to), or -1. */
function wordAt(text: string, word: string, from: number, to: number): number {
  // Searched in the span only: indexOf over the text would run to its end whenever the span lacks the word.
  const span = text.slice(from, to);
  for (let at = span.indexOf(word); at >= 0; at = span.indexOf(word, at + 1)) {
    if (!isWordChar(text[from + at - 1]) && !isWordChar(text[from + at + word.length])) return from + at;
  }
  return -1;
}

/** The hits inside [from, to), found by binary search: a dense draft has tens of thousands. */
function hitsWithin(hits: readonly Hit[], from: number, to: number): Hit[] {
  const out: Hit[] = [];
  for (let k = firstFrom(hits, from, (h) => h.start); k < hits.length && hits[k].start < to; k++) if (hits[k].end <= to) out.push(hits[k]);
  return out;
}
