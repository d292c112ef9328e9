/**
 * The open documents' text model: vscode-languageserver-textdocument, with every incremental
 * change's range made sane before it is applied. The library mis-counts lines when a range
 * starts past the last line (one such change left a document with wrong line offsets for good:
 * hovers null, diagnostics with "character": null), and an editor or a hostile client may send
 * ranges past the end or inverted. A range is clamped to the document and its ends put in order,
 * as VS Code itself reads such a range.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';

export function saneChange(doc: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  if (!('range' in change) || !change.range) return { text: String(change.text ?? '') };
  const a = doc.offsetAt(sanePosition(change.range.start));
  const b = doc.offsetAt(sanePosition(change.range.end));
  const [from, to] = a <= b ? [a, b] : [b, a];
  return { range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: String(change.text ?? '') };
}

/** A line before the first is the start of the document; a non-number or negative (a broken client) reads as 0. */
function sanePosition(p: { line: number; character: number }): { line: number; character: number } {
  const n = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? Math.floor(x) : 0);
  return (p?.line ?? 0) < 0 ? { line: 0, character: 0 } : { line: n(p?.line), character: n(p?.character) };
}

/** Applies the changes one by one, each made sane against the text the ones before it left. */
function update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  for (const change of changes) TextDocument.update(doc, [saneChange(doc, change)], version);
  return doc;
}

export const GUARDED_DOCUMENTS: TextDocumentsConfiguration<TextDocument> = { create: TextDocument.create, update };
