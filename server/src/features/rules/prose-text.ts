/**
 * What the house-style rules read around a reference: where its sentence ends, and the dates a
 * writer puts next to a meeting ("pada 14 November 2019", "on 19-20 February 2019", "in 2020"), in
 * either language.
 */
import { MONTHS, MONTHS_SHORT } from '../../format/labels';

/** Where the sentence holding `offset` ends: at the next ". " or blank line (a list item or heading line starts a new one too), or the text's end. */
export function sentenceEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !isSentenceEnd(text, end)) end++;
  return end;
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n') || /^\r?\n\s*(#|[-*+]\s|\d+\.\s)/.test(text.slice(i, i + 8));
  if (c !== '.' && c !== '!' && c !== '?') return false;
  // "14 Nov. 2019", "No. 5", "3.5": a stop inside a sentence.
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  return !(before.length > 0 && before.length <= 3 && /^\p{Lu}/u.test(before) && before !== before.toUpperCase());
}

/** A date as written: year, and month and day (or day range) when given. */
export interface WrittenDate {
  start: number;
  end: number;
  year: number;
  month?: number;
  day?: number;
  dayTo?: number;
}

const monthNumber = new Map<string, number>();
for (const lang of ['en', 'id'] as const) {
  MONTHS[lang].forEach((m, i) => monthNumber.set(m.toLowerCase(), i + 1));
  MONTHS_SHORT[lang].forEach((m, i) => monthNumber.set(m.toLowerCase(), i + 1));
}
monthNumber.set('sept', 9);
const MONTH = [...monthNumber.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY = String.raw`(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?`;
const DATE_PATTERNS: { re: RegExp; read(m: RegExpExecArray): Omit<WrittenDate, 'start' | 'end'> }[] = [
  // 14 November 2019, 19-20 Februari 2019
  { re: new RegExp(String.raw`\b${DAY}\s+(${MONTH})\.?\s+(\d{4})\b`, 'giu'), read: (m) => ({ day: +m[1], dayTo: m[2] ? +m[2] : undefined, month: monthNumber.get(m[3].toLowerCase()), year: +m[4] }) },
  // November 14, 2019
  { re: new RegExp(String.raw`\b(${MONTH})\.?\s+${DAY},?\s+(\d{4})\b`, 'giu'), read: (m) => ({ month: monthNumber.get(m[1].toLowerCase()), day: +m[2], dayTo: m[3] ? +m[3] : undefined, year: +m[4] }) },
  // Februari 2019
  { re: new RegExp(String.raw`\b(${MONTH})\s+(\d{4})\b`, 'giu'), read: (m) => ({ month: monthNumber.get(m[1].toLowerCase()), year: +m[2] }) },
  // pada 2020, pada tahun 2020, in 2020
  { re: /\b(?:pada(?:\s+tahun)?|tahun|in)\s+(\d{4})\b(?![-–/]\d)/giu, read: (m) => ({ year: +m[1] }) },
];

/** The first date written in text[from, to), if any; month names are matched as capitalised words. */
export function firstDate(text: string, from: number, to: number): WrittenDate | undefined {
  const slice = text.slice(from, to);
  let best: WrittenDate | undefined;
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const parts = read(m);
      const monthWord = /\p{L}+/u.exec(m[0]);
      // "may 2020" in running text is a verb; a month is written with a capital.
      if (parts.month !== undefined && monthWord && !/^\p{Lu}/u.test(monthWord[0])) continue;
      if (parts.year < 1900 || parts.year > 2200) continue;
      if (parts.day !== undefined && (parts.day < 1 || parts.day > 31 || (parts.dayTo !== undefined && parts.dayTo < parts.day))) continue;
      const numberAt = m[0].search(/\d|\p{L}/u);
      // The written value: without the preposition ("pada 2020" -> "2020").
      const lead = parts.month === undefined && parts.day === undefined ? m[0].lastIndexOf(String(parts.year)) : numberAt;
      const found = { ...parts, start: from + m.index + lead, end: from + m.index + m[0].length };
      if (!best || found.start < best.start || (found.start <= best.start && found.end > best.end)) best = found;
      break;
    }
  }
  return best;
}
