/**
 * Offsets <-> LSP positions for data files, and JSON pointers.
 * Every parser here reports where a node stands so that a problem can point
 * at the exact key or value a curator has to change.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from './dataset';

/** Which part of a property a problem points at: its key ("unknown property") or its value. */
export type NodePart = 'key' | 'value';

/** Finds the span of the node at a JSON pointer ("/entities/3/name"), or the nearest existing ancestor. */
export type Locator = (pointer: string, part?: NodePart) => Span;

/** Offset/position conversion for one file's text (UTF-16, 0-based, as LSP). */
export class LineMap {
  private readonly doc: TextDocument;

  constructor(text: string) {
    this.doc = TextDocument.create('file:///data', 'plaintext', 0, text);
  }

  span(start: number, end: number): Span {
    return { start: this.doc.positionAt(start), end: this.doc.positionAt(end) };
  }
}

/** "/entities/3/name" -> ["entities", "3", "name"] (RFC 6901 unescaping). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** A pointer below another: childPointer("/entities/3", "roles", 0) -> "/entities/3/roles/0". */
export function childPointer(pointer: string, ...rest: (string | number)[]): string {
  return joinPointer(...pointerSegments(pointer), ...rest);
}

/** "/entities/3/roles/0/from" -> "roles[0].from": how a message names a field inside an entity. */
export function fieldName(pointer: string): string {
  const segs = pointerSegments(pointer);
  const inEntity = segs[0] === 'entities' && /^\d+$/.test(segs[1] ?? '') ? segs.slice(2) : segs;
  if (inEntity.length === 0) return segs.length === 0 ? '(file)' : 'entity';
  return inEntity.reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}
