/**
 * Entities by number, wherever they live: an array in memory (a team's files, tests), or the
 * compiled data file, read one record at a time (data/compiled.ts) so that 100,000 entities
 * need not all be held as objects. The index keeps numbers and ids; a card asks for the few
 * whole records it shows.
 */
import type { Entity, EntityKind, Origin } from './dataset';

/**
 * What indexing needs of an entity, and no more: its forms, the links it makes, and what orders
 * it among others. The compiled file stores one per entity beside the records, so a server
 * indexes 100,000 entities without parsing every description, source and role.
 */
export interface EntityHead extends Pick<Entity, 'id' | 'name' | 'acronyms' | 'aliases' | 'sharedForms' | 'series' | 'ordinal'> {
  kind: EntityKind;
  /** dates.start */
  start?: string;
  /** Entities this one points at, and how: "series", "host", "chair", "participant", "role", or a relation type. */
  links?: [target: string, how: string][];
}

export interface EntityTable {
  readonly size: number;
  /** Entity i's whole record (0 ≤ i < size). Throws when a file-backed record cannot be read. */
  at(i: number): Entity;
  /**
   * Every entity in order, for building indexes and checks. A file-backed table parses each
   * record afresh: keep what you need, not the entity.
   */
  scan(visit: (entity: Entity, i: number, origin: Origin | undefined) => void): void;
  /** Every entity's head in order, for building the index. */
  scanHeads(visit: (head: EntityHead, i: number) => void): void;
}

export function headOf(e: Entity): EntityHead {
  const links: [string, string][] = [];
  const add = (target: string | undefined, how: string) => target && target !== e.id && links.push([target, how]);
  add(e.series, 'series');
  add(e.host, 'host');
  for (const c of e.chairs ?? []) add(c, 'chair');
  for (const p of e.participants ?? []) if (typeof p === 'string') add(p, 'participant');
  for (const r of e.roles ?? []) add(r.organization, 'role');
  for (const r of e.related ?? []) add(r.target, r.type);
  const { id, kind, name, acronyms, aliases, sharedForms, series, ordinal } = e;
  const head: EntityHead = { id, kind, name, acronyms, aliases, sharedForms, series, ordinal, start: e.dates?.start };
  if (links.length) head.links = links;
  return head;
}

export function arrayTable(entities: readonly Entity[], origins: Readonly<Record<string, Origin>> = {}): EntityTable {
  return {
    size: entities.length,
    at: (i) => entities[i],
    scan: (visit) => entities.forEach((e, i) => visit(e, i, origins[e.id])),
    scanHeads: (visit) => entities.forEach((e, i) => visit(headOf(e), i)),
  };
}

/** a's entities, then b's. */
export function concatTables(a: EntityTable, b: EntityTable): EntityTable {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  return {
    size: a.size + b.size,
    at: (i) => (i < a.size ? a.at(i) : b.at(i - a.size)),
    scan: (visit) => {
      a.scan(visit);
      b.scan((e, i, o) => visit(e, a.size + i, o));
    },
    scanHeads: (visit) => {
      a.scanHeads(visit);
      b.scanHeads((h, i) => visit(h, a.size + i));
    },
  };
}

/** Every record in memory, for consumers that need arrays (checks, tests). */
export function toArray(table: EntityTable): Entity[] {
  const out: Entity[] = [];
  table.scan((e) => out.push(e));
  return out;
}
