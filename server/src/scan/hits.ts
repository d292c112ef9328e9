/** What scanning a draft yields: each recognised reference and the entities it may name, best first. */
import type { Lang } from '../data/dataset';

import type { FormKind } from '../text/forms';

export type { FormKind } from '../text/forms';

export interface Candidate {
  /** Entity id. For "KTT ASEAN ke-42" this is the 42nd Summit itself when the data has it. */
  id: string;
  score: number;
  /** How the text matched: acronym (case-sensitive), official name, or alias. */
  via: FormKind;
  /** The text named an ordinal of this series that the data does not hold ("KTT ASEAN ke-99"). */
  unknownOrdinal?: number;
}

export interface Hit {
  /** UTF-16 offsets into the document text; end is exclusive. */
  start: number;
  end: number;
  /** The ordinal the text names ("ke-16", "16th"), when it names one. */
  ordinal?: number;
  candidates: Candidate[];
}

export interface DocumentScan {
  /** The document version the hits belong to; a newer version needs a new scan. */
  version: number;
  /** The language the draft is written in, for cards in "auto" mode. */
  lang: Lang;
  /** Sorted by start, non-overlapping. */
  hits: Hit[];
}

/** The text a reference covers, each run of white space (a line break too) as one space: how messages and the CLI quote it. */
export const referenceText = (text: string, hit: Pick<Hit, 'start' | 'end'>): string => text.slice(hit.start, hit.end).replace(/\s+/g, ' ');

/** The index of the first of `items` (sorted by start) that starts at or after `offset`; items.length when none does. */
export function firstFrom<T>(items: readonly T[], offset: number, startOf: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The hit under an offset (end inclusive, so a cursor just after a word still finds it),
 * by binary search: hover is a lookup, not a rescan.
 */
export function hitAt(scan: DocumentScan, offset: number): Hit | undefined {
  const hits = scan.hits;
  let lo = 0;
  let hi = hits.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = hits[mid];
    if (offset < h.start) hi = mid - 1;
    else if (offset > h.end) lo = mid + 1;
    else return h;
  }
  return undefined;
}
