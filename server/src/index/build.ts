/** Dataset -> the index every feature reads. Built once per dataset; never mutated afterwards. */
import type { CompiledSource, Dataset, Entity } from '../data/dataset';
import { buildCompletionIndex } from './completion-index';
import { buildFormIndex } from './forms';
import type { CompletionIndex, EntityIndex, Referrer } from './types';

export function buildIndex(dataset: Dataset): EntityIndex {
  const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
  const sources = new Map<string, CompiledSource>(dataset.sources.map((s) => [s.meta.id, s]));
  const series = groupInstances(dataset.entities);
  // Series -> ordinal -> meeting: a lookup per ordinal hit, without building a "series#42" string.
  const byOrdinal = new Map<string, Map<number, Entity>>();
  for (const [id, list] of series) {
    const ordinals = new Map<number, Entity>();
    for (const m of list) if (m.ordinal !== undefined) ordinals.set(m.ordinal, m);
    byOrdinal.set(id, ordinals);
  }
  const referrers = collectReferrers(dataset.entities);
  return {
    dataset,
    byId,
    sources,
    forms: buildFormIndex(dataset.entities),
    completion: lazyCompletion(dataset.entities),
    instancesOf: (id) => series.get(id) ?? [],
    instance: (id, ordinal) => byOrdinal.get(id)?.get(ordinal),
    referrers: (id) => referrers.get(id) ?? [],
  };
}

/**
 * The completion index is built on its first query, not with the rest: at 100,000 entities it
 * takes longer than everything else, and hover, definition and diagnostics do not need it, so the
 * server answers them sooner. A server warms it when idle with `index.completion.query('', 0)`.
 */
function lazyCompletion(entities: Entity[]): CompletionIndex {
  let built: CompletionIndex | undefined;
  return { query: (typed, limit) => (built ??= buildCompletionIndex(entities)).query(typed, limit) };
}

function groupInstances(entities: readonly Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of entities) if (e.kind === 'meeting' && e.series) push(out, e.series, e);
  for (const list of out.values()) list.sort(byOrdinalThenDate);
  return out;
}

function byOrdinalThenDate(a: Entity, b: Entity): number {
  const oa = a.ordinal ?? Number.MAX_SAFE_INTEGER;
  const ob = b.ordinal ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || (a.dates?.start ?? '').localeCompare(b.dates?.start ?? '');
}

/** Every link from one entity to another, seen from the target. */
function collectReferrers(entities: readonly Entity[]): Map<string, Referrer[]> {
  const out = new Map<string, Referrer[]>();
  for (const entity of entities) {
    const add = (target: string | undefined, how: string) => target && target !== entity.id && push(out, target, { entity, how });
    add(entity.series, 'series');
    add(entity.host, 'host');
    for (const c of entity.chairs ?? []) add(c, 'chair');
    for (const p of entity.participants ?? []) if (typeof p === 'string') add(p, 'participant');
    for (const r of entity.roles ?? []) add(r.organization, 'role');
    for (const r of entity.related ?? []) add(r.target, r.type);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
