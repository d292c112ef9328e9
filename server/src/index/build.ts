/**
 * Catalog -> the index every feature reads. Built once per catalog; never mutated afterwards.
 * One pass over the entities keeps only what lookups need (ids, kinds, forms, links, series
 * order), in flat arrays; whole records stay in the catalog, which may read them from disk
 * when a card asks. At 100,000 entities this is what keeps the server within its memory budget.
 */
import { catalogOf, type Catalog } from '../data/catalog';
import type { CompiledSource, Dataset, EntityKind } from '../data/dataset';
import entitiesSchema from '../../../data/schema/entities.schema.json';
import { buildCompletionIndex } from './completion-index';
import { FormListBuilder, type FormList } from './form-list';
import { buildFormIndex } from './forms';
import type { CompletionIndex, EntityIndex, EntityLookup, ReferrerGroup } from './types';

const KINDS = entitiesSchema.definitions.entity.properties.kind.enum as EntityKind[];

export function buildIndex(data: Catalog | Dataset): EntityIndex {
  const catalog = Array.isArray(data.entities) ? catalogOf(data as Dataset) : (data as Catalog);
  const c = collect(catalog);
  const { ids, kinds } = c;
  const numbers = new Map<string, number>();
  ids.forEach((id, i) => numbers.has(id) || numbers.set(id, i));
  const { series, byOrdinal } = groupInstances(c);
  const referrers = collectReferrers(c, numbers);
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
    forms: buildFormIndex(c.forms),
    completion: lazyCompletion(c.forms),
    instancesOf: (id) => series.get(id) ?? [],
    instance: (id, ordinal) => byOrdinal.get(id)?.get(ordinal),
    referrers: (id) => referrers.get(id) ?? [],
  };
}

/** What the index keeps of the entities while it is built: flat arrays, no entity objects. */
interface Collected {
  ids: readonly string[];
  kinds: Uint8Array;
  /** Start dates (for ordering), by entity number. */
  starts: readonly (string | undefined)[];
  forms: FormList;
  /** Meetings of a series: entity number, series id, ordinal. */
  meetings: { entity: number; series: string; ordinal?: number }[];
  /** Links from entity from[k] to target[k], made how[k]. */
  links: { from: number[]; target: string[]; how: string[] };
}

/**
 * One scan of the catalog. A function of its own: V8 keeps every variable any closure of a
 * function captures for as long as one of them lives, and buildIndex's closures live as long
 * as the index.
 */
function collect(catalog: Catalog): Collected {
  const forms = new FormListBuilder();
  const kinds = new Uint8Array(catalog.entities.size);
  const starts: (string | undefined)[] = [];
  const meetings: Collected['meetings'] = [];
  const links: Collected['links'] = { from: [], target: [], how: [] };
  catalog.entities.scanHeads((h, i) => {
    forms.add(h);
    kinds[i] = KINDS.indexOf(h.kind);
    starts.push(h.start);
    if (h.kind === 'meeting' && h.series) meetings.push({ entity: i, series: h.series, ordinal: h.ordinal });
    for (const [target, how] of h.links ?? []) {
      links.from.push(i);
      links.target.push(target);
      links.how.push(how);
    }
  });
  const list = forms.build();
  return { ids: list.ids, kinds, starts, forms: list, meetings, links };
}

/**
 * The completion index is built on its first query, not with the rest: at 100,000 entities it
 * takes longer than everything else, and hover, definition and diagnostics do not need it, so the
 * server answers them sooner. A server warms it when idle with `index.completion.query('', 0)`.
 */
function lazyCompletion(forms: FormList): CompletionIndex {
  let built: CompletionIndex | undefined;
  return { query: (typed, limit) => (built ??= buildCompletionIndex(forms)).query(typed, limit) };
}

function groupInstances(c: Collected): { series: Map<string, string[]>; byOrdinal: Map<string, Map<number, string>> } {
  const grouped = new Map<string, Collected['meetings']>();
  for (const m of c.meetings) push(grouped, m.series, m);
  const series = new Map<string, string[]>();
  // Series -> ordinal -> meeting: a lookup per ordinal hit, without building a "series#42" string.
  const byOrdinal = new Map<string, Map<number, string>>();
  const byOrdinalThenDate = (a: Collected['meetings'][number], b: Collected['meetings'][number]) =>
    (a.ordinal ?? Number.MAX_SAFE_INTEGER) - (b.ordinal ?? Number.MAX_SAFE_INTEGER) || (c.starts[a.entity] ?? '').localeCompare(c.starts[b.entity] ?? '');
  for (const [id, list] of grouped) {
    list.sort(byOrdinalThenDate);
    series.set(id, list.map((m) => c.ids[m.entity]));
    const ordinals = new Map<number, string>();
    for (const m of list) if (m.ordinal !== undefined) ordinals.set(m.ordinal, c.ids[m.entity]);
    byOrdinal.set(id, ordinals);
  }
  return { series, byOrdinal };
}

/**
 * Every link from one entity to another, seen from the target, grouped by how and ordered
 * newest first here, once: a country can be the host of thousands of meetings, and its card
 * shows the newest few.
 */
function collectReferrers(c: Collected, numbers: ReadonlyMap<string, number>): Map<string, ReferrerGroup[]> {
  const byTarget = new Map<string, Map<string, number[]>>();
  const { from, target, how } = c.links;
  for (let k = 0; k < from.length; k++) {
    const groups = byTarget.get(target[k]) ?? new Map<string, number[]>();
    byTarget.set(target[k], groups);
    push(groups, how[k], from[k]);
  }
  const newestFirst = (a: number, b: number) => compareStartDesc(c.starts[a], c.starts[b]) || a - b;
  const out = new Map<string, ReferrerGroup[]>();
  for (const [t, groups] of byTarget) {
    // The target's own id string, not the link's copy, so each id is held once.
    const key = c.ids[numbers.get(t) ?? -1] ?? t;
    out.set(key, [...groups].map(([h, list]) => ({ how: h, ids: [...new Set(list)].sort(newestFirst).map((i) => c.ids[i]) })));
  }
  return out;
}

/** Later start first; undated after every dated one. */
function compareStartDesc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
