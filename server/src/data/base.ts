/**
 * The base data a team's own files are checked against (the shipped data):
 * its claims, and its source bodies read from disk on first use — a
 * compiled catalog carries quote positions, not article text.
 */
import { readFileSync } from 'node:fs';
import type { Catalog } from './catalog';
import type { Entity, Origin } from './dataset';
import { surfaceForms } from './entity-checks';
import { isCitedFact } from './evidence';
import { formKey } from '../text/tokens';
import { parseSource } from './parse-source';
import type { SourceText } from './quotes';
import type { EntityClaims, Registry, Site } from './registry';
import type { Known } from './claims';

export interface BaseData {
  catalog: Catalog;
  claims: EntityClaims[];
  /** The article text of a base source, or undefined when its file cannot be read. */
  sourceText(id: string): SourceText | undefined;
}

export function prepareBase(catalog: Catalog): BaseData {
  const texts = new Map<string, SourceText | undefined>();
  const files = new Map(catalog.sources.map((s) => [s.meta.id, s.file]));
  const sourceText = (id: string): SourceText | undefined => {
    if (!texts.has(id)) texts.set(id, readSourceText(files.get(id)));
    return texts.get(id);
  };
  const claims: EntityClaims[] = [];
  catalog.entities.scan((e, _, origin) => claims.push(baseClaims(e, origin)));
  return { catalog, claims, sourceText };
}

function readSourceText(file: string | undefined): SourceText | undefined {
  if (!file) return undefined;
  try {
    const parsed = parseSource(file, readFileSync(file, 'utf8'));
    return { file, body: parsed.body, bodyOffset: parsed.bodyOffset, lines: parsed.lines };
  } catch {
    return undefined;
  }
}

function baseClaims(e: Entity, origin: Origin | undefined): EntityClaims {
  const id = e.id;
  const pos = { line: origin?.line ?? 0, character: origin?.character ?? 0 };
  const site: Site = { file: origin?.file ?? '(shipped data)', span: { start: pos, end: pos }, base: true };
  return {
    id,
    kind: e.kind,
    idSite: site,
    series: e.series,
    ordinal: e.ordinal,
    start: e.dates?.start,
    startCited: isCitedFact(e, 'dates'),
    forms: surfaceForms(e, '').map((f) => ({ ...f, site })),
    shared: new Set((e.sharedForms ?? []).map(formKey).filter(Boolean)),
  };
}

export function registerBase(registry: Registry, base: BaseData): void {
  for (const c of base.claims) registry.addEntity(c);
  for (const s of base.catalog.sources) {
    const site: Site = { file: s.file, span: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, base: true };
    registry.addSource(s.meta.id, site, () => base.sourceText(s.meta.id));
  }
}

export function addBaseKnown(known: Known, base: BaseData): void {
  for (const c of base.claims) if (!known.entities.has(c.id)) known.entities.set(c.id, c.kind);
  for (const s of base.catalog.sources) if (!known.sources.has(s.meta.id)) known.sources.set(s.meta.id, () => base.sourceText(s.meta.id));
}
