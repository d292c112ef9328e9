/** What a file (or the base data) claims, in the registry's terms, and which ids exist at all. */
import type { EntityKind } from './dataset';
import entitiesSchema from '../../../data/schema/entities.schema.json';
import { isCitedFact } from './evidence';
import { childPointer } from './positions';
import type { SourceText } from './quotes';
import type { EntityClaims, Registry, Site } from './registry';
import type { EntityUnit, PlacedEntity, SourceUnit, Unit } from './units';

/**
 * Every id that exists somewhere — in service, in a file waiting for a fix,
 * or in the base. A reference to any of them is not dangling: one file's
 * problem must not make the files that refer to it fail too.
 */
export interface Known {
  entities: Map<string, EntityKind | undefined>;
  sources: Map<string, () => SourceText | undefined>;
}

export const emptyKnown = (): Known => ({ entities: new Map(), sources: new Map() });

export function addKnown(known: Known, unit: Unit): void {
  if (unit.kind === 'source') {
    if (unit.id && !known.sources.has(unit.id)) known.sources.set(unit.id, () => sourceText(unit));
    return;
  }
  for (const p of unit.entities) if (!known.entities.has(p.entity.id)) known.entities.set(p.entity.id, kindOf(p.entity.kind));
}

// The kinds come from the schema, so adding one there is the whole change.
const KINDS = new Set<string>(entitiesSchema.definitions.entity.properties.kind.enum);
const kindOf = (k: unknown): EntityKind | undefined => (typeof k === 'string' && KINDS.has(k) ? (k as EntityKind) : undefined);

export const sourceText = (unit: SourceUnit): SourceText => ({ file: unit.file, body: unit.body, bodyOffset: unit.bodyOffset, lines: unit.lines });

/** A placed entity's claims, with the sites its file's locator gives; computed once per parsed file. */
export function entityClaims(unit: EntityUnit, placed: PlacedEntity): EntityClaims {
  placed.claims ??= computeClaims(unit, placed);
  return placed.claims;
}

function computeClaims(unit: EntityUnit, placed: PlacedEntity): EntityClaims {
  const site = (pointer: string): Site => ({ file: unit.file, span: unit.locate(pointer), base: false });
  const at = (...rest: string[]) => childPointer(placed.pointer, ...rest);
  const e = placed.entity;
  return {
    id: e.id,
    kind: kindOf(e.kind),
    idSite: site(at('id')),
    series: e.series,
    ordinal: e.ordinal,
    ordinalSite: e.ordinal !== undefined ? site(at('ordinal')) : undefined,
    start: e.dates?.start,
    startCited: isCitedFact(e, 'dates'),
    forms: placed.forms.map((f) => ({ ...f, site: site(f.pointer) })),
    shared: placed.shared,
  };
}

/** Adds a file in service to the registry without checking it. */
export function registerUnit(registry: Registry, unit: Unit): void {
  if (unit.kind === 'source') {
    if (unit.meta) registry.addSource(unit.meta.id, { file: unit.file, span: unit.locate('/id'), base: false }, () => sourceText(unit));
    return;
  }
  for (const p of unit.entities) if (p.valid) registry.addEntity(entityClaims(unit, p));
}
