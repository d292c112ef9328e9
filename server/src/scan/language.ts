/** Is a draft written in Indonesian or English? Cards in "auto" mode follow it. */
import type { Lang } from '../data/dataset';

// Frequent function words that do not occur in the other language's prose.
const ID = new Set(['yang', 'dan', 'di', 'dengan', 'untuk', 'pada', 'ini', 'dari', 'dalam', 'akan', 'itu', 'tidak', 'oleh', 'juga', 'sebagai', 'telah', 'bahwa', 'atau', 'kerja', 'sama']);
const EN = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'with', 'for', 'on', 'that', 'was', 'by', 'as', 'at', 'from', 'be', 'this', 'which', 'will', 'are']);
const WORD = /\p{L}+/gu;
/** Enough words to decide; a 1 MB draft need not be read to the end. */
export const LANGUAGE_SAMPLE = 20_000;
const SAMPLE = LANGUAGE_SAMPLE;

export function detectLanguage(text: string, fallback: Lang = 'id'): Lang {
  let id = 0;
  let en = 0;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (ID.has(w)) id++;
    else if (EN.has(w)) en++;
  }
  if (id === en) return fallback;
  return id > en ? 'id' : 'en';
}
