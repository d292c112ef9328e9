/**
 * What the server and the extension say to each other beyond LSP: one definition, imported by the
 * server, the client (client/src/status.ts) and the LSP tests. No imports: the client bundles it.
 */

/** The `aseanRef/status` notification: what is loaded, for the client's status bar. */
export const STATUS_NOTIFICATION = 'aseanRef/status';

export interface StatusParams {
  /** Entities in service (shipped and the team's). */
  entities: number;
  /** Source articles loaded. */
  sources: number;
  /** Data files with errors or warnings (and 1 when the shipped data could not be read). */
  dataProblems: number;
  /** How many of them are errors; absent from servers that did not count them (then all count as warnings). */
  dataErrors?: number;
}

/**
 * `workspace/executeCommand` with the draft's URI: returns the WorkspaceEdit that writes its list of
 * abbreviations (between marker comments, rewritten in place). Not a VS Code command id of its own:
 * the extension's "ASEAN Ref: Insert List of Abbreviations" calls it and applies the edit.
 */
export const ABBREVIATIONS_COMMAND = 'asean-ref.server.abbreviationsEdit';

/** `workspace/executeCommand` with the draft's URI and a position: returns the WorkspaceEdit that cites the reference there in a footnote. */
export const CITATION_COMMAND = 'asean-ref.server.citationEdit';
