/**
 * Catalog -> the index every feature reads. Built once per catalog; never mutated afterwards.
 * Built from the catalog's columns (data/columns.ts) alone, or read ready-made from them: ids,
 * kinds, forms, links and series order; whole records stay in the catalog, which may read them
 * from disk when a card asks.
 * At 100,000 entities this is what keeps the server within its memory budget.
 */
import { catalogOf, type Catalog } from '../data/catalog';
import { KINDS, type FormList, type FormOwner } from '../data/columns';
import { nameIn, type CompiledSource, type Dataset, type Entity, type Lang } from '../data/dataset';
import type { StoredColumns } from '../data/compiled';
import { buildCompletionForms } from './completion-forms';
import { completionIndexOver } from './completion-index';
import { storedCompletionForms } from './completion-store';
import { buildFormTable, formIndexOver } from './forms';
import { storedFormTable } from './forms-store';
import { buildLinkTable, meetingWithOrdinal, numbering, storedLinkTable, type LinkTable } from './links';
import type { CompletionIndex, EntityIndex, EntityLookup, ReferrerGroup } from './types';

export function buildIndex(data: Catalog | Dataset): EntityIndex {
  const catalog = Array.isArray(data.entities) ? catalogOf(data as Dataset) : (data as Catalog);
  const columns = catalog.entities.columns();
  const stored = () => catalog.entities.stored?.();
  const { kinds } = columns;
  const ids = columns.forms.ids;
  const numbers = numbering(ids);
  // The compiled data stores these ready-made; data in memory (a team's files on top) has them built.
  const links = storedLinkTable(stored()) ?? buildLinkTable(columns, numbers);
  const idsOf = (list: Int32Array) => Array.from(list, (n) => ids[n]);
  const names = namesOf(catalog);
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
    nameOf: (id, lang) => {
      const i = numbers.get(id);
      return i === undefined ? undefined : names(i, lang);
    },
    sources: new Map<string, CompiledSource>(catalog.sources.map((s) => [s.meta.id, s])),
    forms: formIndexOver(storedFormTable(ids, stored()) ?? buildFormTable(columns.forms)),
    completion: lazyCompletion(columns.forms, stored, (n) => catalog.entities.at(n)),
    instancesOf: (id) => {
      const s = numbers.get(id);
      return s === undefined ? [] : idsOf(links.meetings.subarray(links.meetingsOf[s], links.meetingsOf[s + 1]));
    },
    instance: (id, ordinal) => {
      const s = numbers.get(id);
      const m = s === undefined ? -1 : meetingWithOrdinal(links, s, ordinal);
      return m < 0 ? undefined : ids[m];
    },
    referrers: (id) => {
      const t = numbers.get(id);
      return t === undefined ? [] : referrerGroups(links, t, idsOf);
    },
  };
}

/** Names need only two short strings of a record: kept for many more entities than whole records are. */
const NAMES_KEPT = 20_000;

function namesOf(catalog: Catalog): (i: number, lang: Lang) => string {
  const kept = new Map<number, Pick<Entity, 'name'>>();
  return (i, lang) => {
    let named = kept.get(i);
    if (!named) {
      if (kept.size >= NAMES_KEPT) kept.clear();
      const { en, id } = catalog.entities.at(i).name;
      kept.set(i, (named = { name: { en, id } }));
    }
    return nameIn(named, lang);
  };
}

function referrerGroups(links: LinkTable, t: number, idsOf: (list: Int32Array) => string[]): ReferrerGroup[] {
  const groups: ReferrerGroup[] = [];
  for (let g = links.groupsOf[t]; g < links.groupsOf[t + 1]; g++) {
    const members = links.refs.subarray(links.groupStart[g], links.groupStart[g + 1]);
    groups.push({ how: links.hows[links.groupHow[g]], size: members.length, ids: (limit = members.length) => idsOf(members.subarray(0, limit)) });
  }
  return groups;
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
