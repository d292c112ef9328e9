/** What hover and definition share: where the cursor is, which hit it is on, and what meeting the text around it is about. */
import type { Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dates } from '../data/model.gen';
import type { EntityIndex } from '../index/types';
import { firstFrom, hitAt, type DocumentScan, type Hit } from '../scan/hits';
import { paragraphEnd, paragraphStart } from '../scan/paragraphs';

/**
 * The offset of a position that lies inside the document, else undefined.
 * TextDocument clamps positions past a line's end or the document's end; a
 * clamped position is not where the user pointed, so it gets no answer.
 */
export function offsetOf(doc: TextDocument, position: Position): number | undefined {
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return undefined;
  if (position.line < 0 || position.character < 0 || position.line >= doc.lineCount) return undefined;
  const offset = doc.offsetAt(position);
  const back = doc.positionAt(offset);
  return back.line === position.line && back.character === position.character ? offset : undefined;
}

/** The hit under the cursor, from a scan of this very version (offsets of an older scan point elsewhere). */
export function hitUnder(doc: TextDocument, position: Position, scan: DocumentScan): Hit | undefined {
  if (scan.version !== doc.version) return undefined;
  const offset = offsetOf(doc, position);
  return offset === undefined ? undefined : hitAt(scan, offset);
}

/**
 * The paragraph around an offset. Walks line by line from the offset, so a hover
 * in a long draft reads one paragraph, not the whole text.
 */
const paragraphAround = (text: string, offset: number) => ({ start: paragraphStart(text, offset), end: paragraphEnd(text, offset) });

/** The dates of a hit whose best reading is a meeting with dates. */
function meetingDates(hit: Hit, index: EntityIndex): Dates | undefined {
  const top = hit.candidates[0];
  // The kind is in memory; only a meeting's record is read, for its dates.
  if (!top || top.unknownOrdinal !== undefined || index.kindOf(top.id) !== 'meeting') return undefined;
  return index.byId.get(top.id)?.dates;
}

/** Position of a hit in the sorted hits (-1 when it is not one of them). */
function indexOfHit(hits: readonly Hit[], hit: Hit): number {
  const at = firstFrom(hits, hit.start, (h) => h.start);
  return hits[at]?.start === hit.start ? at : -1;
}

/**
 * The dates of the meeting the text around `hit` talks about: the nearest hit
 * in the same paragraph whose best reading is a meeting with dates, else the
 * nearest such hit before it in the document (a report names its meeting first).
 */
export function nearbyMeetingDates(text: string, scan: DocumentScan, hit: Hit, index: EntityIndex): Dates | undefined {
  const hits = scan.hits;
  const at = indexOfHit(hits, hit);
  if (at < 0) return undefined;
  const para = paragraphAround(text, hit.start);
  let before: { distance: number; dates: Dates } | undefined;
  for (let i = at - 1; i >= 0 && !before; i--) {
    const dates = meetingDates(hits[i], index);
    if (dates) before = { distance: hit.start - hits[i].end, dates };
  }
  let after: { distance: number; dates: Dates } | undefined;
  for (let i = at + 1; i < hits.length && hits[i].end <= para.end && !after; i++) {
    const dates = meetingDates(hits[i], index);
    if (dates) after = { distance: hits[i].start - hit.end, dates };
  }
  const beforeInPara = before && hit.start - before.distance >= para.start ? before : undefined;
  if (beforeInPara && after) return beforeInPara.distance <= after.distance ? beforeInPara.dates : after.dates;
  return (beforeInPara ?? after ?? before)?.dates;
}
