/**
 * Dates at the precision the evidence gives (YYYY, YYYY-MM, YYYY-MM-DD).
 * The schema checks the shape; these check the calendar and the order.
 */
const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a date of the right shape cannot exist, or undefined when it can (or is not even date-shaped). */
export function impossibleDate(date: string): string | undefined {
  const m = SHAPE.exec(date);
  if (!m || !m[2]) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  if (!m[3]) return undefined;
  const days = daysInMonth(year, month);
  const day = Number(m[3]);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/**
 * Is `later` before `earlier`? Compared at the precision both share, so
 * "2019-02" is not before "2019-02-19" (it may be the same day).
 */
export function isBefore(later: string, earlier: string): boolean {
  if (!SHAPE.test(later) || !SHAPE.test(earlier)) return false;
  const n = Math.min(later.length, earlier.length);
  return later.slice(0, n) < earlier.slice(0, n);
}
