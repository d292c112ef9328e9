/**
 * Dates as a reader writes them, at the precision the evidence gives:
 * "19–20 Februari 2019", "Mei 2023", "2019". Never more precise than the data.
 */
import type { Lang } from '../data/dataset';
import { daysInMonth } from '../data/dates';
import { MONTHS, MONTHS_SHORT } from './labels';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Parts {
  year: string;
  month?: number;
  day?: number;
}

function parts(date: string): Parts | undefined {
  const m = SHAPE.exec(date);
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return { year: m[1], month, day: m[3] ? Number(m[3]) : undefined };
}

export interface DateStyle {
  lang: Lang;
  /** "Feb" instead of "Februari", for list lines. */
  short?: boolean;
}

function monthName(month: number, style: DateStyle): string {
  return (style.short ? MONTHS_SHORT : MONTHS)[style.lang][month - 1];
}

/** One date: "19 Februari 2019", "Mei 2023", "2019". Malformed input is shown as written. */
export function formatDate(date: string, style: DateStyle): string {
  const p = parts(date);
  if (!p) return date;
  return [p.day, p.month && monthName(p.month, style), p.year].filter(Boolean).join(' ');
}

/**
 * A span, sharing what both ends share: "19–20 Februari 2019",
 * "30 Januari – 2 Februari 2019", "Mei – Juni 2023", "30 Desember 2019 – 2 Januari 2020".
 */
export function formatDateRange(start: string, end: string | undefined, style: DateStyle): string {
  if (end === undefined || end === start) return formatDate(start, style);
  const a = parts(start);
  const b = parts(end);
  const apart = `${formatDate(start, style)} – ${formatDate(end, style)}`;
  if (!a || !b || a.year !== b.year) return apart;
  const samePrecision = (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);
  if (!samePrecision) return apart;
  const month = (n: number) => monthName(n, style);
  if (a.day !== undefined && a.month === b.month) return `${a.day}–${b.day} ${month(a.month!)} ${a.year}`;
  if (a.day !== undefined) return `${a.day} ${month(a.month!)} – ${b.day} ${month(b.month!)} ${a.year}`;
  if (a.month !== undefined) return `${month(a.month)} – ${month(b.month!)} ${a.year}`;
  return apart;
}

/** The first and last day a date of any precision may mean, as YYYY-MM-DD (for certain-overlap tests). */
export function dayBounds(date: string): { first: string; last: string } | undefined {
  const p = parts(date);
  if (!p) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = Number(p.year);
  if (p.month === undefined) return { first: `${p.year}-01-01`, last: `${p.year}-12-31` };
  if (p.day === undefined) return { first: `${p.year}-${pad(p.month)}-01`, last: `${p.year}-${pad(p.month)}-${pad(daysInMonth(y, p.month))}` };
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return { first: day, last: day };
}
