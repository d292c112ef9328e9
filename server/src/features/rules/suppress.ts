/**
 * Inline suppression, as markdownlint and Vale write it:
 * `<!-- asean-ref-disable rule-id other-id -->` … `<!-- asean-ref-enable -->` (no ids: every rule), and
 * `<!-- asean-ref-disable-next-line rule-id -->` for the line after the comment.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const COMMENT = /<!--\s*asean-ref-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

interface Span {
  /** Rule ids, or undefined for every rule. */
  ids?: Set<string>;
  /** Offsets [from, to). */
  from: number;
  to: number;
}

/** The findings no comment in the draft switches off. */
export function unsuppressed(doc: TextDocument, found: Diagnostic[]): Diagnostic[] {
  const text = doc.getText();
  if (!text.includes('asean-ref-')) return found;
  const spans: Span[] = [];
  const open = new Map<string, number>();
  let openAll: number | undefined;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    const at = m.index;
    if (m[1] === 'disable-next-line') {
      const line = doc.positionAt(at + m[0].length).line + 1;
      spans.push({ ids: ids.length ? new Set(ids) : undefined, from: doc.offsetAt({ line, character: 0 }), to: doc.offsetAt({ line: line + 1, character: 0 }) });
    } else if (m[1] === 'disable') {
      if (!ids.length) openAll ??= at;
      for (const id of ids) if (!open.has(id)) open.set(id, at);
    } else {
      const closing = ids.length ? ids : [...open.keys()];
      for (const id of closing) {
        const from = open.get(id);
        if (from !== undefined) spans.push({ ids: new Set([id]), from, to: at });
        open.delete(id);
      }
      if (!ids.length && openAll !== undefined) {
        spans.push({ from: openAll, to: at });
        openAll = undefined;
      }
    }
  }
  for (const [id, from] of open) spans.push({ ids: new Set([id]), from, to: text.length });
  if (openAll !== undefined) spans.push({ from: openAll, to: text.length });
  if (!spans.length) return found;
  return found.filter((d) => {
    const at = doc.offsetAt(d.range.start);
    return !spans.some((s) => at >= s.from && at < s.to && (!s.ids || s.ids.has(String(d.code))));
  });
}
