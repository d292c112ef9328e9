/**
 * One scan per open document version and index: hover, completion, definition and
 * diagnostics on the same version share it. A new version is scanned incrementally
 * from the previous one (scan/incremental.ts): only the paragraphs an edit touched. The
 * diagnostics of a document keep their notes here too, so a pass re-reads only edited paragraphs.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';
import { rescan, type ScanState } from '../scan/incremental';
import { maskedSlice } from '../scan/prose';
import { recognizerMemo } from '../scan/recognize';
import type { Masker } from '../features/completion-typed';
import { diagnosticsMemo, type DiagnosticsMemo } from '../features/diagnostics';
import type { NonProse } from '../scan/prose';

export class ScanCache {
  private readonly states = new Map<string, ScanState>();
  /** The recogniser's memo, shared by every document scanned against the same index. */
  private readonly memo = recognizerMemo();
  /** What the rules kept of each document's last pass (features/rules/read-draft.ts). */
  private readonly memos = new Map<string, DiagnosticsMemo>();

  /** The scan of this exact document version against this index, computed at most once. */
  get(doc: TextDocument, index: EntityIndex): DocumentScan {
    return this.state(doc, index).scan;
  }

  /** Masks any stretch of the same version as the scan did, so completion need not mask the draft again per keystroke. */
  masker(doc: TextDocument, index: EntityIndex): Masker {
    const state = this.state(doc, index);
    return (from, to) => maskedSlice(state.text, state, from, to);
  }

  /** What the scan of this version found is not prose. */
  nonProse(doc: TextDocument, index: EntityIndex): NonProse {
    return this.state(doc, index);
  }

  /** The diagnostics memo of a document, kept while its scan is: only for the scan this cache made of its current version. */
  diagnosticsMemo(doc: TextDocument, scan: DocumentScan): DiagnosticsMemo | undefined {
    const state = this.states.get(doc.uri);
    if (!state || state.scan !== scan) return undefined;
    let memo = this.memos.get(doc.uri);
    if (!memo) this.memos.set(doc.uri, (memo = diagnosticsMemo()));
    return memo;
  }

  private state(doc: TextDocument, index: EntityIndex): ScanState {
    const previous = this.states.get(doc.uri);
    if (previous && previous.scan.version === doc.version && previous.index === index) return previous;
    const state = rescan(previous, doc.getText(), index, doc.version, this.memo);
    this.states.set(doc.uri, state);
    return state;
  }

  /** The document was closed. */
  delete(uri: string): void {
    this.states.delete(uri);
    this.memos.delete(uri);
  }

  /** The index changed: every scan is stale (rescan would notice; this frees the old index sooner). */
  clear(): void {
    this.states.clear();
    this.memos.clear();
  }
}
