/**
 * One scan per open document version and index: hover, completion, definition and
 * diagnostics on the same version share it. A new version is scanned incrementally
 * from the previous one (scan/incremental.ts): only the paragraphs an edit touched.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';
import { rescan, type ScanState } from '../scan/incremental';

export class ScanCache {
  private readonly states = new Map<string, ScanState>();

  /** The scan of this exact document version against this index, computed at most once. */
  get(doc: TextDocument, index: EntityIndex): DocumentScan {
    return this.state(doc, index).scan;
  }

  /** The same version's text with non-prose blanked, so completion need not mask the draft again per keystroke. */
  prose(doc: TextDocument, index: EntityIndex): string {
    return this.state(doc, index).prose;
  }

  private state(doc: TextDocument, index: EntityIndex): ScanState {
    const previous = this.states.get(doc.uri);
    if (previous && previous.scan.version === doc.version && previous.index === index) return previous;
    const state = rescan(previous, doc.getText(), index, doc.version);
    this.states.set(doc.uri, state);
    return state;
  }

  /** The document was closed. */
  delete(uri: string): void {
    this.states.delete(uri);
  }

  /** The index changed: every scan is stale (rescan would notice; this frees the old index sooner). */
  clear(): void {
    this.states.clear();
  }
}
