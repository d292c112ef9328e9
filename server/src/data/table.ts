/**
 * Entities by number, wherever they live: an array in memory (a team's files, tests), or the
 * compiled data file, read one record at a time (compiled/compiled.ts) so that 100,000 entities
 * need not all be held as objects. The index keeps numbers and ids; a card asks for the few
 * whole records it shows.
 */
import { columnsOf, concatColumns, type Columns } from './columns';
import type { StoredColumns } from './stored-columns';
import type { Entity, Origin } from './dataset';

export interface EntityTable {
  readonly size: number;
  /**
   * Entity i's whole record (0 ≤ i < size). Throws when a file-backed record cannot be read. A
   * file-backed table keeps the records read last; `keep: false` reads one without pushing those out
   * (a pass over thousands of records, whose next cards would otherwise all be read from disk again).
   */
  at(i: number, keep?: boolean): Entity;
  /**
   * Every entity in order, for building indexes and checks. A file-backed table parses each
   * record afresh: keep what you need, not the entity.
   */
  scan(visit: (entity: Entity, i: number, origin: Origin | undefined) => void): void;
  /** What the index is built from, computed or read once. */
  columns(): Columns;
  /** More columns a compiled file stores (a ready-made completion index); none for data in memory. */
  stored?(): StoredColumns;
}

export function arrayTable(entities: readonly Entity[], origins: Readonly<Record<string, Origin>> = {}): EntityTable {
  return {
    size: entities.length,
    at: (i) => entities[i],
    scan: (visit) => entities.forEach((e, i) => visit(e, i, origins[e.id])),
    columns: once(() => columnsOf(entities)),
  };
}

/** a's entities, then b's. */
export function concatTables(a: EntityTable, b: EntityTable): EntityTable {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  return {
    size: a.size + b.size,
    at: (i, keep) => (i < a.size ? a.at(i, keep) : b.at(i - a.size, keep)),
    scan: (visit) => {
      a.scan(visit);
      b.scan((e, i, o) => visit(e, a.size + i, o));
    },
    columns: once(() => concatColumns(a.columns(), b.columns())),
  };
}

/** Every record in memory, for consumers that need arrays (checks, tests). */
export function toArray(table: EntityTable): Entity[] {
  const out: Entity[] = [];
  table.scan((e) => out.push(e));
  return out;
}

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
