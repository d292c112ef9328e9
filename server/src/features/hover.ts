/** Hover: the card(s) of the reference under the cursor, in the card language the settings ask for. */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CardOptions } from '../format/card';
import { renderHitMarkdown } from '../format/markdown';
import type { EntityIndex } from '../index/types';
import type { DocumentScan, Hit } from '../scan/hits';
import { hitUnder, nearbyMeetingDates } from './context';
import type { RequestContext } from './request';

export function hover({ doc, index, scan, cardLang }: RequestContext, position: Position): Hover | null {
  const hit = hitUnder(doc, position, scan);
  if (!hit) return null;
  const options: CardOptions = { lang: cardLang, ...personContext(doc, hit, index, scan) };
  const value = renderHitMarkdown(hit, index, options);
  if (!value) return null;
  return {
    contents: { kind: 'markdown', value },
    range: { start: doc.positionAt(hit.start), end: doc.positionAt(hit.end) },
  };
}

/** A person's card shows the role held at the meeting the text is about; only worth finding when a person may be meant. */
function personContext(doc: TextDocument, hit: Hit, index: EntityIndex, scan: DocumentScan): Pick<CardOptions, 'at' | 'atEnd'> {
  if (!hit.candidates.some((c) => index.kindOf(c.id) === 'person')) return {};
  const dates = nearbyMeetingDates(doc.getText(), scan, hit, index);
  return dates ? { at: dates.start, atEnd: dates.end } : {};
}
