/**
 * What the server serves and the index is built from: the shipped entities (a table, usually
 * read from dist/data.jsonl on demand) plus whatever team files add, and every source.
 * A Dataset is the in-memory form the loader produces; a Catalog is a Dataset or several
 * stacked, without copying their entities.
 */
import type { CompiledSource, Dataset } from './dataset';
import { arrayTable, concatTables, type EntityTable } from './table';

export interface Catalog {
  readonly entities: EntityTable;
  readonly sources: readonly CompiledSource[];
}

export const emptyCatalog = (): Catalog => ({ entities: arrayTable([]), sources: [] });

export const catalogOf = (dataset: Dataset): Catalog => ({ entities: arrayTable(dataset.entities, dataset.origins), sources: dataset.sources });

/**
 * The catalog with a team's files on top: their entities after its own, and their sources
 * replacing its sources of the same id (a team file quoting a shipped article adds the
 * quote's place to that article's entry).
 */
export function extendCatalog(catalog: Catalog, files: Dataset): Catalog {
  if (!files.entities.length && !files.sources.length) return catalog;
  const replaced = new Map(files.sources.map((s) => [s.meta.id, s]));
  const sources = catalog.sources.map((s) => replaced.get(s.meta.id) ?? s);
  const known = new Set(catalog.sources.map((s) => s.meta.id));
  sources.push(...files.sources.filter((s) => !known.has(s.meta.id)));
  return { entities: concatTables(catalog.entities, arrayTable(files.entities, files.origins)), sources };
}
