/**
 * One scan per open document version and index: hover, completion, definition and
 * diagnostics on the same version share it instead of rescanning.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';

export type Scanner = (doc: TextDocument, index: EntityIndex) => DocumentScan;

interface Entry {
  version: number;
  index: EntityIndex;
  scan: DocumentScan;
}

export class ScanCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly scanner: Scanner) {}

  /** The scan of this exact document version against this index, computed at most once. */
  get(doc: TextDocument, index: EntityIndex): DocumentScan {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.index === index) return cached.scan;
    const scan = this.scanner(doc, index);
    this.entries.set(doc.uri, { version: doc.version, index, scan });
    return scan;
  }

  /** The document was closed. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** The index changed: every scan is stale. */
  clear(): void {
    this.entries.clear();
  }
}
