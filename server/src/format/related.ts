/** Related entities both ways: what this entity points at, and what points at it (index.referrers). */
import type { Entity, Lang } from '../data/dataset';
import type { EntityIndex } from '../index/types';
import type { CardList } from './card';
import { formatDateRange } from './dates';
import { label, moreLabel, RELATION_IN, RELATION_OUT } from './labels';
import { refTitle, titleIn } from './names';

/** Per group; a country that took part in fifty meetings should not fill the card. */
const MAX_PER_GROUP = 8;

/**
 * Links shown elsewhere on the card are left out here: a series' meetings have
 * their own list, and a meeting's chairs, host and participants are facts.
 */
const SHOWN_ELSEWHERE = new Set(['series']);

export function relatedList(entity: Entity, index: EntityIndex, lang: Lang): CardList | undefined {
  // Group by id first and format only what the card shows: a country can be the host of thousands of meetings.
  const groups = new Map<string, Map<string, string | Entity>>();
  const add = (group: string, id: string, item: string | Entity) => {
    const members = groups.get(group) ?? new Map<string, string | Entity>();
    if (!members.has(id)) members.set(id, item);
    groups.set(group, members);
  };
  for (const r of entity.related ?? []) add(RELATION_OUT[r.type][lang], r.target, refTitle(r.target, index, lang));
  for (const r of index.referrers(entity.id)) {
    if (SHOWN_ELSEWHERE.has(r.how)) continue;
    add(RELATION_IN[r.how]?.[lang] ?? r.how, r.entity.id, r.entity);
  }
  if (!groups.size) return undefined;
  const items = [...groups].map(([group, members]) => {
    const all = [...members.values()];
    const shown = latestFirst(all).slice(0, MAX_PER_GROUP).map((m) => (typeof m === 'string' ? m : withDates(m, lang)));
    const hidden = all.length - shown.length;
    return `${group}: ${shown.join(', ')}${hidden > 0 ? ` ${moreLabel(hidden, lang)}` : ''}`;
  });
  return { label: label('related', lang), items };
}

/** Dated entities newest first (the ones a writer most likely means); the rest keep their order after them. */
function latestFirst(items: (string | Entity)[]): (string | Entity)[] {
  const start = (m: string | Entity) => (typeof m === 'string' ? '' : (m.dates?.start ?? ''));
  return items.length > MAX_PER_GROUP ? [...items].sort((a, b) => start(b).localeCompare(start(a))) : items;
}

/** A meeting that points here is easier to place with its dates: "16th ARSOM (19–20 Feb 2019)". */
function withDates(e: Entity, lang: Lang): string {
  const d = e.dates;
  return d ? `${titleIn(e, lang)} (${formatDateRange(d.start, d.end, { lang, short: true })})` : titleIn(e, lang);
}
