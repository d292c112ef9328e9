/**
 * The files in service as a Dataset to stack on the base (data/catalog.ts extendCatalog):
 * their entities and sources, and the base's sources again where a file quotes them.
 */
import type { CompiledSource, Dataset, Span } from './dataset';
import { evidenceOf, isCitation, isQuote } from './evidence';
import type { BaseData } from './base';
import { entityClaims, sourceText } from './claims';
import { locateQuote, type SourceText } from './quotes';
import type { EntityUnit, SourceUnit, Unit } from './units';
import { setOwn } from './parse-json';

/** What the files themselves contribute, for the data:check summary. */
export interface DataStats {
  entities: number;
  sources: number;
  /** Distinct (source, quote) pairs found verbatim. */
  quotes: number;
  /** Distinct cited web pages (by URL) whose citations passed the checks. */
  citations: number;
}

/** What `data check` and the build say of good data, and the README quotes: "218 entities, 5 sources, …". */
export const statsLine = (s: DataStats): string => `${s.entities} entities, ${s.sources} sources, ${s.quotes} quotes verified, ${s.citations} citations checked`;

export function assemble(units: readonly Unit[], base: BaseData | undefined): { dataset: Dataset; stats: DataStats } {
  const entityUnits = units.filter((u): u is EntityUnit => u.kind === 'entities');
  const sourceUnits = units.filter((u): u is SourceUnit => u.kind === 'source' && u.meta !== undefined);
  const sources = new Map<string, { compiled: CompiledSource; text: () => SourceText | undefined }>();
  for (const s of base?.catalog.sources ?? []) sources.set(s.meta.id, { compiled: { ...s, quotes: { ...s.quotes } }, text: () => base!.sourceText(s.meta.id) });
  for (const u of sourceUnits) sources.set(u.meta!.id, { compiled: { meta: u.meta!, file: u.file, quotes: {} }, text: () => sourceText(u) });
  const dataset: Dataset = { entities: [], sources: [], origins: {} };
  const verified = new Set<string>();
  const cited = new Set<string>();
  for (const unit of entityUnits) {
    for (const placed of unit.entities) {
      dataset.entities.push(placed.entity);
      const { line, character } = entityClaims(unit, placed).idSite.span.start;
      dataset.origins[placed.entity.id] = { file: unit.file, line, character };
      for (const { evidence: ev } of evidenceOf(placed.entity)) {
        if (isCitation(ev)) cited.add(ev.url);
        else if (isQuote(ev) && addQuote(sources.get(ev.source), ev.quote)) verified.add(`${ev.source}\n${ev.quote}`);
      }
    }
  }
  // A base source is only repeated when a file added a quote to it.
  const baseQuotes = new Map((base?.catalog.sources ?? []).map((s) => [s.meta.id, Object.keys(s.quotes).length]));
  dataset.sources = [...sources.values()].map((s) => s.compiled).filter((s) => baseQuotes.get(s.meta.id) !== Object.keys(s.quotes).length);
  return { dataset, stats: { entities: entityUnits.reduce((n, u) => n + u.entities.length, 0), sources: sourceUnits.length, quotes: verified.size, citations: cited.size } };
}

/** Records where a quote stands in its source; false when it is not there verbatim. */
function addQuote(source: { compiled: CompiledSource; text: () => SourceText | undefined } | undefined, quote: string): boolean {
  if (!source) return false;
  if (Object.hasOwn(source.compiled.quotes, quote)) return true;
  const text = source.text();
  const span: Span | undefined = text && locateQuote(text, quote);
  if (span) setOwn(source.compiled.quotes, quote, span);
  return span !== undefined;
}
