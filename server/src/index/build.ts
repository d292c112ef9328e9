/**
 * Catalog -> the index every feature reads. Built once per catalog; never mutated afterwards.
 * Built from the catalog's columns (data/columns.ts) alone, or read ready-made from them: ids,
 * kinds, forms, links and series order; whole records stay in the catalog, which may read them
 * from disk when a card asks.
 * At 100,000 entities this is what keeps the server within its memory budget.
 */
import { catalogOf, type Catalog } from '../data/catalog';
import { KINDS, type FormList, type FormOwner } from '../data/columns';
import { nameIn, type CompiledSource, type Dataset } from '../data/dataset';
import type { StoredColumns } from '../data/stored-columns';
import { buildCompletionForms } from './completion-forms';
import { completionIndexOver } from './completion-index';
import { storedCompletionForms } from './completion-store';
import { buildFormTable, formIndexOver } from './forms';
import { storedFormTable } from './forms-store';
import { buildLinkTable, meetingWithOrdinal, numbering, storedLinkTable, type LinkTable } from './links';
import type { CompletionIndex, EntityIndex, EntityLookup, EntitySummary, ReferrerGroup } from './types';

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
  const summaries = summariesOf(catalog);
  let seriesOfMeeting: Int32Array | undefined;
  const byId: EntityLookup = {
    get: (id) => {
      const i = numbers.get(id);
      return i === undefined ? undefined : catalog.entities.at(i);
    },
    getOnce: (id) => {
      const i = numbers.get(id);
      return i === undefined ? undefined : catalog.entities.at(i, false);
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
    summaryOf: (id) => {
      const i = numbers.get(id);
      return i === undefined ? undefined : summaries(i);
    },
    nameOf: (id, lang) => {
      const i = numbers.get(id);
      return i === undefined ? undefined : nameIn(summaries(i), lang);
    },
    sources: new Map<string, CompiledSource>(catalog.sources.map((s) => [s.meta.id, s])),
    forms: formIndexOver(storedFormTable(ids, stored()) ?? buildFormTable(columns.forms, kinds)),
    completion: lazyCompletion(columns.forms, stored, (n) => catalog.entities.at(n)),
    seriesOf: (id) => {
      const i = numbers.get(id);
      const s = i === undefined ? -1 : (seriesOfMeeting ??= seriesByMeeting(links, ids.length))[i];
      return s < 0 ? undefined : ids[s];
    },
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

/** Entity number -> its series' number (-1: none), from the series' lists of meetings; made on first use. */
function seriesByMeeting(links: LinkTable, size: number): Int32Array {
  const out = new Int32Array(size).fill(-1);
  for (let s = 0; s < size; s++) for (let k = links.meetingsOf[s]; k < links.meetingsOf[s + 1]; k++) out[links.meetings[k]] = s;
  return out;
}

/** A summary is a few short strings of a record: kept for many more entities than whole records are. */
const SUMMARIES_KEPT = 20_000;

function summariesOf(catalog: Catalog): (i: number) => EntitySummary {
  const kept = new Map<number, EntitySummary>();
  return (i) => {
    let summary = kept.get(i);
    if (!summary) {
      if (kept.size >= SUMMARIES_KEPT) kept.clear();
      // Not kept among the recent records: the rules ask the summaries of thousands of entities.
      const { id, kind, name, acronyms, dates } = catalog.entities.at(i, false);
      kept.set(i, (summary = { id, kind, name, acronyms, dates }));
    }
    return summary;
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
