/**
 * The language service: the one entry point the server, the CLI, the bench and the tests call.
 * Made from the index (a getter: the server swaps it when data changes) and a settings source;
 * `context` gives the per-request context of a document, and every feature is a method that takes
 * it and returns an LSP type. Plain functions over plain data: nothing here needs the server runtime,
 * so the same service runs in the CLI, a worker or a preview.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  InlineCompletionContext,
  InlineCompletionList,
  Location,
  Position,
  SemanticTokens,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-types';
import { abbreviationsEdit } from '../features/abbreviations-edit';
import { citationEdit } from '../features/citation-edit';
import { workspaceSymbols } from '../features/workspace-symbols';
import type { Lang } from '../data/dataset';
import { completion, resolveCompletion, type CompletionContext } from '../features/completion';
import { definition } from '../features/definition';
import { capDiagnostics, codeActions, diagnostics } from '../features/diagnostics';
import { glossary, type GlossaryRow } from '../features/glossary';
import { hover } from '../features/hover';
import { previewTerms, type PreviewTerm } from '../features/preview-terms';
import { semanticTokens } from '../features/semantic-tokens';
import { inlineCompletion } from '../features/inline-completion';
import { requestContext, type Cancellation, type DataFileTarget, type RequestContext } from '../features/request';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';
import type { Settings } from '../settings';
import { ScanCache } from './scans';

/** For a caller that holds a scan of its own (the bench times rescans apart from the features). */
export { requestContext, type Cancellation, type RequestContext } from '../features/request';
export type { GlossaryRow } from '../features/glossary';
export { MAX_DIAGNOSTICS, rules, type Rule } from '../features/diagnostics';

export interface LanguageServiceOptions {
  /** The index in service now; a context keeps the one its scan was made against. */
  index: () => EntityIndex;
  /** The settings that apply to a document (by URI). */
  settings: (uri: string) => Settings | Promise<Settings>;
  /** Where a document's workspace keeps its team data file (read only when a fix asks), under those settings. */
  dataFile?: (uri: string, settings: Settings) => (() => DataFileTarget | undefined) | undefined;
}

export interface LanguageService {
  /** The context of one request on a document's current version: its scan (cached per version), settings, card language. */
  context(doc: TextDocument, token?: Cancellation): Promise<RequestContext>;
  /** The same, with settings the caller already has. */
  contextWith(doc: TextDocument, settings: Settings, token?: Cancellation): RequestContext;
  hover(ctx: RequestContext, position: Position): Hover | null;
  definition(ctx: RequestContext, position: Position): Location[];
  completion(ctx: RequestContext, position: Position, context?: CompletionContext): CompletionList;
  inlineCompletion(ctx: RequestContext, position: Position, context?: InlineCompletionContext): InlineCompletionList;
  /** The card of a listed item, in the card language the list was made in. */
  resolveCompletion(item: CompletionItem): CompletionItem;
  /** Every rule's findings in document order; with `max`, the first `max` and one saying how many more. */
  diagnostics(ctx: RequestContext, options?: { max?: number }): Diagnostic[];
  /** Quick fixes for diagnostics the client sends back (a code action request), each from the rule that reported it. */
  codeActions(ctx: RequestContext, diagnostics: readonly Diagnostic[]): CodeAction[];
  /** The abbreviations the draft uses, expanded in the card language. */
  glossary(ctx: RequestContext): GlossaryRow[];
  /** The recognised references as semantic tokens (acronym, meeting, name), for highlighting. */
  semanticTokens(ctx: RequestContext): SemanticTokens;
  /** What the Markdown preview's tooltips say for each reference as written. */
  previewTerms(ctx: RequestContext): PreviewTerm[];
  /** The edit that writes (or rewrites in place) the draft's list of abbreviations, in the draft's language. */
  abbreviationsEdit(ctx: RequestContext): WorkspaceEdit;
  /** The edit that cites the source of the reference under the cursor in a Markdown footnote; null where there is none. */
  citationEdit(ctx: RequestContext, position: Position): WorkspaceEdit | null;
  /** Entities matching a query (completion's ranking), for workspace/symbol and the look-up quick pick. */
  workspaceSymbols(query: string, lang: Lang): WorkspaceSymbol[];
  /** The recognised references of the document's current version. */
  scan(doc: TextDocument): DocumentScan;
  /** The document was closed: its cached scan goes. */
  forget(uri: string): void;
  /** The index changed: every cached scan is stale. */
  reset(): void;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const scans = new ScanCache();
  const contextWith = (doc: TextDocument, settings: Settings, token?: Cancellation): RequestContext => {
    const index = options.index();
    const dataFile = options.dataFile?.(doc.uri, settings);
    return requestContext({ doc, index, scan: scans.get(doc, index), settings, token, masked: scans.masker(doc, index), nonProse: scans.nonProse(doc, index), ...(dataFile ? { dataFile } : {}) });
  };
  return {
    context: async (doc, token) => contextWith(doc, await options.settings(doc.uri), token),
    contextWith,
    hover,
    definition,
    completion,
    inlineCompletion,
    resolveCompletion: (item) => resolveCompletion(item, options.index()),
    diagnostics: (ctx, o) => {
      // The memo only for a context on the scan this service made: a caller's own scan gets a pass from scratch.
      const found = diagnostics(ctx, scans.diagnosticsMemo(ctx.doc, ctx.scan));
      return o?.max === undefined ? found : capDiagnostics(found, ctx.cardLang, o.max);
    },
    codeActions,
    glossary,
    semanticTokens,
    previewTerms,
    abbreviationsEdit,
    citationEdit,
    workspaceSymbols: (query, lang) => workspaceSymbols(options.index(), query, lang),
    scan: (doc) => scans.get(doc, options.index()),
    forget: (uri) => scans.delete(uri),
    reset: () => scans.clear(),
  };
}
