/**
 * Does a meeting's evidence carry the words its facts depend on? An ordinal, the day a meeting started and
 * its city are checkable: unless a cited page backs the fact, some quote (or a curator note, which says why
 * the data differs from the articles) must name them. A quote cut before the fact ("…kerja sama ASEAN dengan") or one that only names the
 * meeting is reported at the fact it fails to support.
 */
import { tokenize } from '../text/tokens';
import type { Entity } from './dataset';
import { impossibleDate } from './dates';
import { isCitedFact, isQuote } from './evidence';
import { childPointer } from './positions';

export interface UnsupportedClaim {
  pointer: string;
  message: string;
}

type PlaceText = string | { en: string; id: string } | undefined;

/** Evidence texts: every quote of the entity, and its notes in both languages. */
function evidenceTexts(e: Entity): string[] {
  const out = e.sources.filter(isQuote).map((s) => s.quote);
  for (const n of e.notes ?? []) {
    out.push(n.en, n.id ?? '');
    if (n.evidence && isQuote(n.evidence)) out.push(n.evidence.quote);
  }
  return out;
}

const words = (text: string): string[] => tokenize(text).map((t) => (t.ordinal ? `#${t.ordinal}` : t.norm));

/** "ke-16", "16th", "sixteenth", and "31st" in a note all name ordinal 16 or 31. */
const namesOrdinal = (texts: string[], n: number): boolean => texts.some((t) => words(t).includes(`#${n}`));

/** The day as a number of its own: "19-20 Februari", "Senin (8/5/2023)", "12 November 2020". */
const namesDay = (texts: string[], day: number): boolean => texts.some((t) => new RegExp(`(^|[^0-9])0?${day}([^0-9]|$)`).test(t));

function namesPlace(texts: string[], place: PlaceText): boolean {
  const names = typeof place === 'object' ? [place.en, place.id] : place ? [place] : [];
  return names.some((name) => {
    const key = words(name).join(' ');
    return texts.some((t) => ` ${words(t).join(' ')} `.includes(` ${key} `));
  });
}

export function unsupportedClaims(e: Entity, pointer: string): UnsupportedClaim[] {
  if (e.kind !== 'meeting') return [];
  const texts = evidenceTexts(e);
  const out: UnsupportedClaim[] = [];
  // Reported at the quotes, which are what fails to carry the fact.
  const at = () => childPointer(pointer, 'sources');
  // A fact a cited page backs is checked against that page by its curator, not against the articles.
  if (e.ordinal !== undefined && !isCitedFact(e, 'ordinal') && !namesOrdinal(texts, e.ordinal)) {
    out.push({ pointer: at(), message: `no quote of "${e.id}" names its ordinal ${e.ordinal}: quote a passage that does ("ke-${e.ordinal}"), or say in a note where it comes from` });
  }
  const day = /^\d{4}-\d{2}-(\d{2})$/.exec(e.dates?.start ?? '');
  // An impossible date is reported as such, not again here.
  if (day && !isCitedFact(e, 'dates') && !impossibleDate(e.dates!.start) && !namesDay(texts, Number(day[1]))) {
    out.push({ pointer: at(), message: `no quote of "${e.id}" gives the day it started (${e.dates!.start}): quote the passage that does, record only the month, or say in a note where it comes from` });
  }
  const city = e.place?.city as PlaceText;
  if (city && !isCitedFact(e, 'place') && !namesPlace(texts, city)) {
    out.push({ pointer: at(), message: `no quote of "${e.id}" names its city: quote the passage that does, or say in a note where it comes from` });
  }
  return out;
}
