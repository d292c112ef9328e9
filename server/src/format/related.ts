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
  const groups = new Map<string, string[]>();
  const add = (group: string, name: string) => {
    const names = groups.get(group) ?? [];
    if (!names.includes(name)) names.push(name);
    groups.set(group, names);
  };
  for (const r of entity.related ?? []) add(RELATION_OUT[r.type][lang], refTitle(r.target, index, lang));
  for (const r of index.referrers(entity.id)) {
    if (SHOWN_ELSEWHERE.has(r.how)) continue;
    const group = RELATION_IN[r.how]?.[lang] ?? r.how;
    add(group, withDates(r.entity, lang));
  }
  if (!groups.size) return undefined;
  const items = [...groups].map(([group, names]) => {
    const shown = names.slice(0, MAX_PER_GROUP).join(', ');
    const hidden = names.length - MAX_PER_GROUP;
    return `${group}: ${hidden > 0 ? `${shown} ${moreLabel(hidden, lang)}` : shown}`;
  });
  return { label: label('related', lang), items };
}

/** A meeting that points here is easier to place with its dates: "16th ARSOM (19–20 Feb 2019)". */
function withDates(e: Entity, lang: Lang): string {
  const d = e.dates;
  return d ? `${titleIn(e, lang)} (${formatDateRange(d.start, d.end, { lang, short: true })})` : titleIn(e, lang);
}
