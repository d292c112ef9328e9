/**
 * "Insert citation" for the reference under the cursor: a Markdown footnote reference after it, and the
 * footnote's definition (publisher, date, title, and the quote where the data has one) appended to the
 * draft's footnotes. A source the draft already cites keeps its footnote: only the reference is added.
 */
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Evidence } from '../data/model.gen';
import { isQuote } from '../data/evidence';
import { formatDate } from '../format/dates';
import { textIn } from '../format/names';
import { hitAt } from '../scan/hits';
import type { RequestContext } from './request';

export function citationEdit({ doc, index, scan }: RequestContext, position: Position): WorkspaceEdit | null {
  const hit = hitAt(scan, doc.offsetAt(position));
  const entity = hit && index.byId.get(hit.candidates[0]?.id ?? '');
  if (!hit || !entity) return null;
  const lang = scan.lang;
  // The evidence a reader can follow: a quote of a shipped article first, else a cited page.
  const ev: Evidence | undefined = entity.sources.find((e) => isQuote(e) && index.sources.has(e.source!)) ?? entity.sources.find((e) => e.url);
  if (!ev) return null;
  const meta = ev.source ? index.sources.get(ev.source)?.meta : undefined;
  const key = ev.source ?? ev.url!;
  const label = footnoteLabel(key);
  const text = doc.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const at = doc.positionAt(hit.end);
  // Already cited right there: nothing to add.
  if (text.startsWith(`[^${label}]`, hit.end)) return { changes: { [doc.uri]: [] } };
  edits.push({ range: { start: at, end: at }, newText: `[^${label}]` });
  if (!new RegExp(`^\\[\\^${escapeRegExp(label)}\\]:`, 'm').test(text)) {
    const publisher = meta?.publisher ?? textIn(ev.publisher, lang);
    const date = meta?.published.date ?? ev.published;
    const title = meta?.title ?? textIn(ev.title, lang);
    const parts = [publisher, date && formatDate(date, { lang }), title && `"${title}"`].filter(Boolean).join(', ');
    const quote = ev.quote ? ` ${lang === 'id' ? 'Kutipan' : 'Quote'}: "${ev.quote.replace(/\s+/g, ' ')}".` : '';
    const url = ev.url ? ` <${ev.url}>` : '';
    const definition = `[^${label}]: ${parts}.${quote}${url}`;
    const end = doc.positionAt(text.length);
    // Footnotes go at the end, after any already there; a blank line before the first one.
    const lastLine = text.trimEnd().split(/\r?\n/).at(-1) ?? '';
    const lead = text.length === 0 ? '' : /^\[\^[^\]]+\]:/.test(lastLine) ? (text.endsWith(eol) ? '' : eol) : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    edits.push({ range: { start: end, end }, newText: `${lead}${definition}${eol}` });
  }
  return { changes: { [doc.uri]: edits } };
}

/** A footnote label from a source id or an address: letters, digits and hyphens. */
function footnoteLabel(key: string): string {
  const base = key.replace(/^https?:\/\/(www\.)?/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return base.slice(0, 60) || 'source';
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
