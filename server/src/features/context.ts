/** What hover and definition share: where the cursor is, which hit it is on, and what meeting the text around it is about. */
import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../data/dataset';
import type { Dates } from '../data/model.gen';
import type { EntityIndex } from '../index/types';
import { hitAt, type DocumentScan, type Hit } from '../scan/hits';
import type { Settings } from '../settings';

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

export function cardLanguage(settings: Settings, scan: DocumentScan): Lang {
  return settings.cardLanguage === 'auto' ? scan.lang : settings.cardLanguage;
}

/** A blank line (only spaces between two line breaks) ends a paragraph. */
const BLANK_LINE = /\n[ \t]*\r?\n/g;

function paragraphAround(text: string, offset: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(BLANK_LINE)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= offset) start = at + m[0].length;
    else if (at >= offset) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/**
 * The dates of the meeting the text around `hit` talks about: the nearest hit
 * in the same paragraph whose best reading is a meeting with dates, else the
 * nearest such hit before it in the document (a report names its meeting first).
 */
export function nearbyMeetingDates(text: string, scan: DocumentScan, hit: Hit, index: EntityIndex): Dates | undefined {
  const para = paragraphAround(text, hit.start);
  let best: { distance: number; dates: Dates } | undefined;
  let before: { start: number; dates: Dates } | undefined;
  for (const h of scan.hits) {
    if (h === hit) continue;
    const top = h.candidates[0];
    const meeting = top && top.unknownOrdinal === undefined ? index.byId.get(top.id) : undefined;
    if (meeting?.kind !== 'meeting' || !meeting.dates) continue;
    if (h.start >= para.start && h.end <= para.end) {
      const distance = h.start < hit.start ? hit.start - h.end : h.start - hit.end;
      if (!best || distance < best.distance) best = { distance, dates: meeting.dates };
    } else if (h.end <= hit.start && (!before || h.start > before.start)) before = { start: h.start, dates: meeting.dates };
  }
  return best?.dates ?? before?.dates;
}
