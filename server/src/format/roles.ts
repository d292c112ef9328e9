/**
 * Which of a person's roles they held at a meeting. A wrong title is worse than
 * none, so a role counts when the data makes it certain (an attested date inside
 * the meeting's dates, or a from/to range that certainly covers a day of it;
 * "from 2023" with no end says nothing about May 2023), or, failing that, when
 * it was seen in the very month of the meeting; the card then says "seen in"
 * that month rather than claiming the meeting's day. A year is never close enough.
 */
import type { Lang } from '../data/dataset';
import type { Role } from '../data/model.gen';
import { dayBounds, formatDate, formatDateRange } from './dates';
import { label } from './labels';

export interface Period {
  /** ISO date, any precision. */
  start: string;
  end?: string;
}

/** The days the period certainly includes: for a month, every day of it (a meeting "in May" spans May). */
function periodDays(p: Period): { first: string; last: string } | undefined {
  const a = dayBounds(p.start);
  const b = dayBounds(p.end ?? p.start);
  return a && b ? { first: a.first, last: b.last } : undefined;
}

/** An attested date certainly falls in the period only when all the days it may mean do. */
function attestedIn(date: string, period: { first: string; last: string }): boolean {
  const d = dayBounds(date);
  return !!d && d.first >= period.first && d.last <= period.last;
}

/**
 * The days the role was certainly held: from the last day `from` may mean to the
 * first day `to` may mean. A missing end is unknown, so the range shrinks to the other end.
 */
function certainTenure(role: Role): { first: string; last: string } | undefined {
  const from = role.from ?? role.to;
  const to = role.to ?? role.from;
  if (!from || !to) return undefined;
  const a = dayBounds(from);
  const b = dayBounds(to);
  if (!a || !b || a.last > b.first) return undefined;
  return { first: a.last, last: b.first };
}

export interface RoleMatch {
  roles: Role[];
  /** False when the roles were only seen in the meeting's month. */
  certain: boolean;
  /** For an uncertain match: the attested dates it rests on. */
  seen: string[];
}

/** The roles held during the period: several when they were held together; none when the data cannot tell. */
export function rolesAt(roles: readonly Role[], at: Period): RoleMatch {
  const period = periodDays(at);
  const none: RoleMatch = { roles: [], certain: false, seen: [] };
  if (!period) return none;
  const seenIn = roles.filter((r) => (r.attested ?? []).some((d) => attestedIn(d, period)));
  if (seenIn.length) return { roles: seenIn, certain: true, seen: [] };
  const covered = roles.filter((r) => {
    const t = certainTenure(r);
    return !!t && t.first <= period.last && t.last >= period.first;
  });
  if (covered.length) return { roles: covered, certain: true, seen: [] };
  const sameMonth = (d: string) => d.length >= 7 && overlaps(d, period);
  const near = roles.filter((r) => (r.attested ?? []).some(sameMonth));
  const seen = [...new Set(near.flatMap((r) => (r.attested ?? []).filter(sameMonth)))];
  return near.length ? { roles: near, certain: false, seen } : none;
}

function overlaps(date: string, period: { first: string; last: string }): boolean {
  const d = dayBounds(date);
  return !!d && d.first <= period.last && d.last >= period.first;
}

/** "2018–2020", "sejak 2018", "until 2020", then "; seen 19 Feb 2019": what the data says about when. */
export function roleDates(role: Role, lang: Lang): string {
  const style = { lang, short: true };
  const parts: string[] = [];
  if (role.from && role.to) parts.push(formatDateRange(role.from, role.to, style));
  else if (role.from) parts.push(`${label('since', lang)} ${formatDate(role.from, style)}`);
  else if (role.to) parts.push(`${label('until', lang)} ${formatDate(role.to, style)}`);
  if (role.attested?.length) parts.push(`${label('seen', lang)} ${role.attested.map((d) => formatDate(d, style)).join(', ')}`);
  return parts.join('; ');
}
