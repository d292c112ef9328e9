/** The key facts of a card by kind: a meeting's when/where/who, a series' meetings, a person's roles. */
import type { Entity, Lang } from '../data/dataset';
import { evidenceFor, type Fact } from '../data/evidence';
import type { Place, Role } from '../data/model.gen';
import type { EntityIndex } from '../index/types';
import type { CardDraft, CardList } from './card-model';
import { formatDate, formatDateRange } from './dates';
import { earlierLabel, label, type FieldLabel, moreLabel, ordinalLabel, roleOnLabel, roleSeenLabel } from './labels';
import { nameIn, refTitle, textIn, titleIn } from './names';
import { roleDates, rolesAt } from './roles';
import { factMark } from './sources';

/** Long lists make a hover card unreadable; the series card shows the latest meetings. */
const MAX_MEETINGS = 10;
const MAX_SIBLINGS = 6;

export function meetingFacts(draft: CardDraft): void {
  const { entity: e, index, options } = draft;
  const { lang } = options;
  const fact = (name: FieldLabel, backs: Fact, value: string | undefined): void => {
    if (value) draft.facts.push({ label: label(name, lang), value, mark: factMark(evidenceFor(e, backs), index) });
  };
  if (e.dates) fact('dates', 'dates', formatDateRange(e.dates.start, e.dates.end, { lang }));
  if (e.place) fact('place', 'place', fullPlace(e.place, lang));
  const chairs = (e.chairs ?? []).map((id) => chairText(id, draft));
  if (chairs.length) fact(chairs.length > 1 ? 'chairs' : 'chair', 'chairs', chairs.join('; '));
  if (e.host) fact('host', 'host', refTitle(e.host, index, lang));
  const people = (e.participants ?? []).map((p) => (typeof p === 'string' ? refTitle(p, index, lang) : p[lang]));
  if (people.length) fact('participants', 'participants', people.join(', '));
  if (e.series) fact('series', 'series', refTitle(e.series, index, lang));
}

/** A chair with the title they held at this meeting, when the data makes it certain. */
function chairText(id: string, draft: CardDraft): string {
  const { index, entity, options } = draft;
  const name = refTitle(id, index, options.lang);
  const person = index.byId.get(id);
  if (!person?.roles || !entity.dates) return name;
  const { roles } = rolesAt(person.roles, { start: entity.dates.start, end: entity.dates.end });
  if (!roles.length) return name;
  draft.evidence.push(...roles.map((r) => r.evidence));
  // A dash, not parentheses: titles carry their own acronyms in parentheses ("… (Menko PMK)"), which must not nest.
  return `${name} — ${roles.map((r) => roleTitle(r, index, options.lang)).join(' · ')}`;
}

export function seriesMeetings(draft: CardDraft): void {
  const { lang } = draft.options;
  const all = draft.index.instancesOf(draft.entity.id);
  if (!all.length) return;
  const shown = meetings(all.slice(-MAX_MEETINGS), draft.index);
  const hidden = all.length - shown.length;
  draft.lists.push(list(label('meetings', lang), shown.map((m) => meetingLine(m, lang)), hidden ? earlierLabel(hidden, lang) : undefined));
}

/** The other meetings of an instance's series, nearest to it first chosen, shown in series order. */
export function siblingMeetings(draft: CardDraft): void {
  const { entity, index, options } = draft;
  if (!entity.series) return;
  const all = index.instancesOf(entity.series);
  const self = all.indexOf(entity.id);
  const others = all.length - (self >= 0 ? 1 : 0);
  if (!others) return;
  // The nearest in series order: a window around this meeting, wider on one side where the other runs out.
  const near = Math.min(MAX_SIBLINGS, others);
  const at = self >= 0 ? self : all.length;
  let lo = Math.max(0, at - Math.ceil(near / 2));
  const hi = Math.min(all.length, lo + near + (self >= 0 ? 1 : 0));
  lo = Math.max(0, hi - near - (self >= 0 ? 1 : 0));
  const shown = meetings(all.slice(lo, hi).filter((id) => id !== entity.id), index);
  const hidden = others - shown.length;
  draft.lists.push(list(label('otherMeetings', options.lang), shown.map((m) => meetingLine(m, options.lang)), hidden ? moreLabel(hidden, options.lang) : undefined));
}

const meetings = (ids: readonly string[], index: EntityIndex): Entity[] => ids.map((id) => index.byId.get(id)).filter((m): m is Entity => m !== undefined);

/** "16th — Nusa Dua, Bali, 19–20 Feb 2019" / "ke-16 — …". */
export function meetingLine(m: Entity, lang: Lang): string {
  const head = m.ordinal !== undefined ? ordinalLabel(m.ordinal, lang) : nameIn(m, lang);
  const where = m.place && shortPlace(m.place, lang);
  const when = m.dates && formatDateRange(m.dates.start, m.dates.end, { lang, short: true });
  const tail = [where, when].filter(Boolean).join(', ');
  return tail ? `${head} — ${tail}` : head;
}

export function personFacts(draft: CardDraft): void {
  const { entity, index, options } = draft;
  const { lang, at } = options;
  const roles = entity.roles ?? [];
  const match = at ? rolesAt(roles, { start: at, end: options.atEnd }) : undefined;
  if (match?.roles.length && at) {
    // Say what the data supports: the meeting's dates when certain, else the month the role was seen in.
    const when = match.certain ? formatDateRange(at, options.atEnd, { lang }) : match.seen.map((d) => formatDate(d, { lang })).join(', ');
    const title = match.certain ? roleOnLabel(when, lang) : roleSeenLabel(when, lang);
    draft.facts.push({ label: title, value: match.roles.map((r) => roleTitle(r, index, lang)).join('; '), mark: factMark(match.roles.map((r) => r.evidence), index) });
    draft.evidence.push(...match.roles.map((r) => r.evidence));
    return;
  }
  const items = roles.map((r) => {
    const dates = roleDates(r, lang);
    return dates ? `${roleTitle(r, index, lang)} — ${dates}` : roleTitle(r, index, lang);
  });
  if (items.length) draft.lists.push({ ...list(label('roles', lang), items), marks: roles.map((r) => factMark([r.evidence], index)) });
  draft.evidence.push(...roles.map((r) => r.evidence));
}

/**
 * "Director of ASEAN External Cooperation, Ministry of Foreign Affairs": the
 * organisation is added unless the title already names it.
 */
function roleTitle(role: Role, index: EntityIndex, lang: Lang): string {
  const title = role.title[lang];
  const org = role.organization ? index.byId.get(role.organization) : undefined;
  if (!org) return title;
  const names = [org.name.en, org.name.id, ...(org.acronyms ?? [])].filter((n): n is string => !!n);
  const lower = title.toLowerCase();
  return names.some((n) => lower.includes(n.toLowerCase())) ? title : `${title}, ${titleIn(org, lang)}`;
}

export function fullPlace(place: Place, lang: Lang): string {
  const parts = unique([place.venue, place.city, place.province, place.country].map((t) => textIn(t, lang)));
  const online = label('virtual', lang);
  if (!place.virtual) return parts.join(', ');
  return parts.length ? `${parts.join(', ')} (${online})` : online;
}

/** For list lines: the city and province a reader knows ("Nusa Dua, Bali"), else the country. */
function shortPlace(place: Place, lang: Lang): string {
  const parts = unique([place.city, place.province].map((t) => textIn(t, lang)));
  if (parts.length) return parts.join(', ');
  return textIn(place.country ?? place.venue, lang) ?? (place.virtual ? label('virtual', lang) : '');
}

function unique(parts: (string | undefined)[]): string[] {
  return [...new Set(parts.filter((p): p is string => !!p))];
}

function list(labelText: string, items: string[], more?: string): CardList {
  return more ? { label: labelText, items, more } : { label: labelText, items };
}
