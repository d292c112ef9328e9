/**
 * The index as one pass of the rules sees it: each record read at most once. A dense draft names the same
 * few hundred entities thousands of times, and at 100,000 entities a record is read from disk and parsed,
 * so rules that look at every hit's entity would otherwise read (and parse) tens of thousands per pass.
 */
import type { Entity } from '../../data/dataset';
import type { EntityIndex, EntityLookup } from '../../index/types';

export function recordsOnce(index: EntityIndex): EntityIndex {
  const seen = new Map<string, Entity | undefined>();
  const byId: EntityLookup = {
    get: (id) => {
      if (!seen.has(id)) seen.set(id, index.byId.get(id));
      return seen.get(id);
    },
    has: (id) => index.byId.has(id),
    get size() {
      return index.byId.size;
    },
  };
  // Everything else is the index's own: only the record lookup is wrapped.
  return Object.create(index, { byId: { value: byId } }) as EntityIndex;
}
