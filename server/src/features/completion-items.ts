/**
 * Ranked candidates → the items VS Code shows. The server's order is final:
 * sortText carries the rank, and every item's filterText is the typed text
 * itself. VS Code orders by its own fuzzy score before sortText, and drops
 * items whose filterText does not match what was typed; giving all items the
 * typed text as filterText makes every score equal and drops none (a fuzzy
 * "Kao Kim Huorn" → "Kao Kim Hourn" would otherwise vanish).
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { Entity, EntityKind, Lang } from '../data/dataset';
import { KIND_LABELS } from '../format/labels';
import { nameIn } from '../format/names';
import type { CompletionCandidate, EntityIndex } from '../index/types';

/** Items per list, at most; the list is incomplete, so typing on asks again. */
export const MAX_ITEMS = 50;
const DETAIL_LENGTH = 90;

const KIND: Record<EntityKind, CompletionItemKind> = {
  'meeting-series': CompletionItemKind.Event,
  meeting: CompletionItemKind.Event,
  person: CompletionItemKind.Reference,
  organization: CompletionItemKind.Module,
  country: CompletionItemKind.Module,
  partnership: CompletionItemKind.Interface,
  initiative: CompletionItemKind.Module,
  document: CompletionItemKind.File,
  term: CompletionItemKind.Keyword,
};

/** What resolveCompletion needs to fetch the card: item.data. */
export interface CompletionData {
  id: string;
  lang: Lang;
}

export interface ItemContext {
  index: EntityIndex;
  /** The draft's language: labels are its forms. */
  lang: Lang;
  /** The card language the settings ask for: details and documentation. */
  cardLang: Lang;
  /** The typed text and the range it covers: what every item replaces. */
  typed: string;
  range: Range;
  /** The start of the range that an entity's item writes back unchanged (its match began later). */
  kept(id: string): string;
}

export function completionItems(candidates: readonly CompletionCandidate[], ctx: ItemContext): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const c of candidates) {
    const entity = ctx.index.byId.get(c.id);
    if (!entity) continue;
    for (const label of labelsFor(c, entity, ctx.lang)) {
      if (items.length === MAX_ITEMS) return items;
      items.push(item(label, entity, items.length, ctx));
    }
  }
  return items;
}

/**
 * The forms a writer may want, right after each other: with an acronym,
 * the acronym, the full name and "Full Name (ACR)"; the form that matched comes first.
 */
export function labelsFor(c: CompletionCandidate, entity: Entity, lang: Lang): string[] {
  const acronym = c.via === 'acronym' ? c.label : entity.acronyms?.[0];
  const name = c.via === 'acronym' ? nameIn(entity, lang) : inDraftLanguage(c.label, entity, lang);
  // The form typed in the other language stays on offer, after the draft language's.
  const typedForm = c.via !== 'acronym' && name !== c.label ? [c.label] : [];
  if (!acronym) return [name, ...typedForm];
  // "Pertemuan ke-16 ARSOM (ARSOM)" would say it twice.
  const both = name.split(/[^\p{L}\p{N}]+/u).includes(acronym) ? name : `${name} (${acronym})`;
  const labels = c.via === 'acronym' ? [acronym, name, both] : [name, both, acronym, ...typedForm];
  return [...new Set(labels)];
}

/**
 * A name matched in the other language is offered in the draft's first: typing "ASEAN-Russia Sen" in
 * an Indonesian draft offers "Pertemuan Pejabat Senior ASEAN-Rusia". Aliases are kept as matched.
 */
function inDraftLanguage(label: string, entity: Entity, lang: Lang): string {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return label === entity.name[other] ? nameIn(entity, lang) : label;
}

function item(label: string, entity: Entity, rank: number, ctx: ItemContext): CompletionItem {
  const other = otherLanguageName(entity, ctx.lang, label);
  const data: CompletionData = { id: entity.id, lang: ctx.cardLang };
  return {
    label,
    kind: KIND[entity.kind],
    detail: `${KIND_LABELS[entity.kind][ctx.cardLang]} — ${oneLine(entity.description[ctx.cardLang])}`,
    ...(other ? { labelDetails: { description: other } } : {}),
    sortText: String(rank).padStart(4, '0'),
    filterText: ctx.typed,
    textEdit: { range: ctx.range, newText: ctx.kept(entity.id) + label },
    data,
  };
}

/** The name in the other language; when the label already is that name ("Vietnam" in an English draft), the draft language's. */
function otherLanguageName(entity: Entity, lang: Lang, label: string): string | undefined {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return [entity.name[other], nameIn(entity, lang)].find((name) => name !== undefined && name !== label);
}

/** The description flattened to one line and cut at a word near DETAIL_LENGTH: the detail shows one line. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DETAIL_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', DETAIL_LENGTH);
  return `${flat.slice(0, cut > DETAIL_LENGTH / 2 ? cut : DETAIL_LENGTH)}…`;
}
