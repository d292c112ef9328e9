/**
 * The index as the rules reading one paragraph see it: each record read at most once. A dense paragraph
 * names the same entities several times, and at 100,000 entities a record is read from disk and parsed.
 * Per paragraph, not per pass: the records a pass over a whole new draft reads would all stay alive (and
 * in the server's memory) until its end.
 */
import type { Entity } from '../../data/dataset';
import type { EntityIndex, EntityLookup } from '../../index/types';

/** The view, and `clear` to start the next paragraph afresh (one view serves a whole pass). */
export function recordsOnce(index: EntityIndex): { index: EntityIndex; clear(): void } {
  const seen = new Map<string, Entity | undefined>();
  const byId: EntityLookup = {
    get: (id) => {
      if (!seen.has(id)) seen.set(id, index.byId.get(id));
      return seen.get(id);
    },
    getOnce: (id) => (seen.has(id) ? seen.get(id) : index.byId.getOnce(id)),
    has: (id) => index.byId.has(id),
    size: index.byId.size,
  };
  // Everything else is the index's own: only the record lookup is wrapped.
  return { index: Object.create(index, { byId: { value: byId } }) as EntityIndex, clear: () => seen.clear() };
}
