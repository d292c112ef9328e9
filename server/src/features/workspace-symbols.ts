/**
 * "Look up a reference…": `workspace/symbol` over every entity, with completion's ranking (prefix,
 * then words, then fuzzy; forms of both languages). Each symbol is the form that matched, its entity's
 * name and kind as the container, and where its evidence stands (the source article), else where it is defined.
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { EntityKind, Lang } from '../data/dataset';
import { KIND_LABELS } from '../format/labels';
import { nameIn } from '../format/names';
import type { EntityIndex } from '../index/types';
import { evidenceLocations } from './definition';

const MAX_SYMBOLS = 100;

const KINDS: Record<EntityKind, SymbolKind> = {
  'meeting-series': SymbolKind.Class,
  meeting: SymbolKind.Event,
  person: SymbolKind.Object,
  organization: SymbolKind.Namespace,
  country: SymbolKind.Package,
  partnership: SymbolKind.Interface,
  document: SymbolKind.File,
  initiative: SymbolKind.Module,
  term: SymbolKind.Constant,
};

export function workspaceSymbols(index: EntityIndex, query: string, lang: Lang): WorkspaceSymbol[] {
  const typed = query.trim();
  if (!typed) return [];
  const out: WorkspaceSymbol[] = [];
  const seen = new Set<string>();
  for (const c of index.completion.query(typed, MAX_SYMBOLS * 2)) {
    if (seen.has(c.id) || out.length >= MAX_SYMBOLS) continue;
    const entity = index.byId.get(c.id);
    if (!entity) continue;
    seen.add(c.id);
    const [location] = evidenceLocations(entity, index);
    // A cited-only entity has no local passage: its symbol points at the cited page.
    const cited = entity.sources.find((ev) => typeof ev.url === 'string' && ev.url.startsWith('https://'))?.url;
    const where = location ?? (cited ? { uri: cited } : undefined);
    if (!where) continue;
    const name = nameIn(entity, lang);
    out.push({
      name: c.label,
      kind: KINDS[entity.kind] ?? SymbolKind.Constant,
      containerName: c.label === name ? KIND_LABELS[entity.kind][lang] : `${name} · ${KIND_LABELS[entity.kind][lang]}`,
      location: where,
      data: { id: c.id },
    });
  }
  return out;
}
