/**
 * Catalog -> the index every feature reads. Built once per catalog; never mutated afterwards.
 * Built from the catalog's columns (data/columns.ts) alone: ids, kinds, forms, links and series
 * order; whole records stay in the catalog, which may read them from disk when a card asks.
 * At 100,000 entities this is what keeps the server within its memory budget.
 */
import { catalogOf, type Catalog } from '../data/catalog';
import { KINDS, type Columns, type FormList, type FormOwner } from '../data/columns';
import type { CompiledSource, Dataset } from '../data/dataset';
import type { StoredColumns } from '../data/compiled';
import { buildCompletionForms } from './completion-forms';
import { completionIndexOver } from './completion-index';
import { storedCompletionForms } from './completion-store';
import { buildFormTable, formIndexOver } from './forms';
import { storedFormTable } from './forms-store';
import type { CompletionIndex, EntityIndex, EntityLookup, ReferrerGroup } from './types';

export function buildIndex(data: Catalog | Dataset): EntityIndex {
  const catalog = Array.isArray(data.entities) ? catalogOf(data as Dataset) : (data as Catalog);
  const columns = catalog.entities.columns();
  const stored = () => catalog.entities.stored?.();
  const { kinds } = columns;
  const numbers = numbering(columns.forms.ids);
  const { series, byOrdinal } = groupInstances(columns);
  const referrers = collectReferrers(columns, numbers);
  const byId: EntityLookup = {
    get: (id) => {
      const i = numbers.get(id);
      return i === undefined ? undefined : catalog.entities.at(i);
    },
    has: (id) => numbers.has(id),
    size: numbers.size,
  };
  return {
    catalog,
    byId,
    kindOf: (id) => {
      const i = numbers.get(id);
      return i === undefined ? undefined : KINDS[kinds[i]];
    },
    sources: new Map<string, CompiledSource>(catalog.sources.map((s) => [s.meta.id, s])),
    // The compiled data stores both ready-made; data in memory (a team's files on top) has them built.
    forms: formIndexOver(storedFormTable(columns.forms.ids, stored()) ?? buildFormTable(columns.forms)),
    completion: lazyCompletion(columns.forms, stored, (n) => catalog.entities.at(n)),
    instancesOf: (id) => series.get(id) ?? [],
    instance: (id, ordinal) => byOrdinal.get(id)?.get(ordinal),
    referrers: (id) => referrers.get(id) ?? [],
  };
}

/** Id -> entity number; the first entity wins an id defined twice (the checks report it). */
function numbering(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  ids.forEach((id, i) => numbers.has(id) || numbers.set(id, i));
  return numbers;
}

/**
 * The completion index is made on its first query, not with the rest: hover, definition and
 * diagnostics do not need it, so the server answers them sooner.
 */
function lazyCompletion(forms: FormList, stored: () => StoredColumns | undefined, record: (n: number) => FormOwner): CompletionIndex {
  let made: CompletionIndex | undefined;
  const make = () => completionIndexOver(storedCompletionForms(forms, stored(), record) ?? buildCompletionForms(forms));
  return { query: (typed, limit) => (made ??= make()).query(typed, limit) };
}

/** Series -> its meetings' ids by ordinal then date, and series -> ordinal -> meeting id. */
function groupInstances(c: Columns): { series: Map<string, string[]>; byOrdinal: Map<string, Map<number, string>> } {
  const { entity, series: seriesOf, ordinal } = c.meetings;
  const ids = c.forms.ids;
  const grouped = new Map<number, number[]>();
  for (let k = 0; k < entity.length; k++) push(grouped, seriesOf[k], k);
  const unnumbered = (o: number) => (o < 0 ? Number.MAX_SAFE_INTEGER : o);
  const byOrdinalThenDate = (a: number, b: number) => unnumbered(ordinal[a]) - unnumbered(ordinal[b]) || c.starts[entity[a]] - c.starts[entity[b]];
  const series = new Map<string, string[]>();
  // A lookup per ordinal hit, without building a "series#42" string.
  const byOrdinal = new Map<string, Map<number, string>>();
  for (const [s, list] of grouped) {
    list.sort(byOrdinalThenDate);
    const id = c.targets[s];
    series.set(id, list.map((k) => ids[entity[k]]));
    const ordinals = new Map<number, string>();
    for (const k of list) if (ordinal[k] >= 0) ordinals.set(ordinal[k], ids[entity[k]]);
    byOrdinal.set(id, ordinals);
  }
  return { series, byOrdinal };
}

/**
 * Every link from one entity to another, seen from the target, grouped by how and ordered
 * newest first here, once: a country can be the host of thousands of meetings, and its card
 * shows the newest few.
 */
function collectReferrers(c: Columns, numbers: ReadonlyMap<string, number>): Map<string, ReferrerGroup[]> {
  const { from, target, how } = c.links;
  const byTarget = new Map<number, Map<number, number[]>>();
  for (let k = 0; k < from.length; k++) {
    let groups = byTarget.get(target[k]);
    if (!groups) byTarget.set(target[k], (groups = new Map()));
    push(groups, how[k], from[k]);
  }
  const ids = c.forms.ids;
  // Later start first; undated (-1) after every dated one.
  const newestFirst = (a: number, b: number) => c.starts[b] - c.starts[a] || a - b;
  const out = new Map<string, ReferrerGroup[]>();
  for (const [t, groups] of byTarget) {
    // The target's own id string where it is an entity here, so each id is held once.
    const n = numbers.get(c.targets[t]);
    const key = n === undefined ? c.targets[t] : ids[n];
    out.set(key, [...groups].map(([h, list]) => ({ how: c.hows[h], ids: [...new Set(list)].sort(newestFirst).map((i) => ids[i]) })));
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
