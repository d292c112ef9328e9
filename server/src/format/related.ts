/** Related entities both ways: what this entity points at, and what points at it (index.referrers). */
import type { Entity, Lang } from '../data/dataset';
import type { EntityIndex, ReferrerGroup } from '../index/types';
import type { CardList } from './card-model';
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
  // Ids first, records only for what the card shows: a country can be the host of thousands of meetings.
  const groups = new Map<string, { out: Map<string, string>; in: ReferrerGroup[] }>();
  const group = (name: string) => groups.get(name) ?? groups.set(name, { out: new Map(), in: [] }).get(name)!;
  for (const r of entity.related ?? []) {
    const g = group(RELATION_OUT[r.type][lang]);
    if (!g.out.has(r.target)) g.out.set(r.target, refTitle(r.target, index, lang));
  }
  for (const r of index.referrers(entity.id)) if (!SHOWN_ELSEWHERE.has(r.how)) group(RELATION_IN[r.how]?.[lang] ?? r.how).in.push(r);
  if (!groups.size) return undefined;
  const items = [...groups].map(([name, g]) => {
    // One group of referrers alone (the usual case) is read no further than the card shows.
    const alone = g.in.length === 1 && !g.out.size;
    const ids = alone ? g.in[0].ids(MAX_PER_GROUP) : [...new Set([...g.out.keys(), ...g.in.flatMap((r) => r.ids())])];
    const total = alone ? g.in[0].size : ids.length;
    const shown = ids.slice(0, MAX_PER_GROUP).map((id) => g.out.get(id) ?? referrerText(id, index, lang));
    const hidden = total - shown.length;
    return `${name}: ${shown.join(', ')}${hidden > 0 ? ` ${moreLabel(hidden, lang)}` : ''}`;
  });
  return { label: label('related', lang), items };
}

/** A meeting that points here is easier to place with its dates: "16th ARSOM (19–20 Feb 2019)". */
function referrerText(id: string, index: EntityIndex, lang: Lang): string {
  const e = index.summaryOf(id);
  if (!e) return refTitle(id, index, lang);
  const d = e.dates;
  return d ? `${titleIn(e, lang)} (${formatDateRange(d.start, d.end, { lang, short: true })})` : titleIn(e, lang);
}
