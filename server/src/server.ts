/**
 * LSP wiring only: capabilities, and handlers that find the document and its cached scan,
 * call a feature function, and return its answer. Every handler is guarded: an exception
 * is logged and the client gets an empty answer; the server keeps serving.
 */
import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Hover,
  type InlineCompletionList,
  type InlineCompletionParams,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type SemanticTokens,
  type SemanticTokensParams,
  type TextDocumentPositionParams,
  type ExecuteCommandParams,
  type Position,
  type WorkspaceEdit,
  type WorkspaceSymbol,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import { ABBREVIATIONS_COMMAND, CITATION_COMMAND } from './protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PREVIEW_TERMS_REQUEST, type PreviewTerm } from './features/preview-terms';
import { SEMANTIC_LEGEND } from './features/semantic-tokens';
import { CONFIG_FILE_NAME } from './project-config';
import { GUARDED_DOCUMENTS } from './session/documents';
import { Session, type SessionOptions } from './session/session';

/** What the entry point needs to know to exit with the right code when the connection breaks. */
export interface ServerState {
  readonly shutDown: boolean;
}

export function startServer(connection: Connection, options: SessionOptions): ServerState {
  const documents = new TextDocuments<TextDocument>(GUARDED_DOCUMENTS);
  const session = new Session(connection, documents, options);
  const state = { shutDown: false };
  let clientPushesSettingsOnly = false;
  let registerConfiguration = false;

  /**
   * A request after shutdown is an error (the protocol says so); a cancelled one is answered
   * "cancelled" instead of computed, or instead of being sent once computed.
   */
  const refuse = (token: CancellationToken | undefined): ResponseError<void> | undefined => {
    if (state.shutDown) return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return undefined;
  };

  const guard =
    <P, R>(name: string, empty: () => R, handler: (params: P, token?: CancellationToken) => R | Promise<R>) =>
    async (params: P, token?: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (e) {
        session.error(`${name} failed: ${(e as Error)?.stack ?? e}`);
        return empty();
      }
    };

  const answer =
    <P, R>(name: string, empty: () => R, handler: (params: P, token?: CancellationToken) => R | Promise<R>) =>
    async (params: P, token?: CancellationToken): Promise<R | ResponseError<void>> => {
      const before = refuse(token);
      if (before) return before;
      const result = await guard(name, empty, handler)(params, token);
      return refuse(token) ?? result;
    };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const configuration = caps.workspace?.configuration === true;
    clientPushesSettingsOnly = !configuration;
    registerConfiguration = configuration && caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    session.configure(
      {
        configuration,
        watcherRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
        relativePatterns: caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
      },
      folders,
    );
    // Colours follow the data: a reloaded index changes which words are references.
    if (caps.workspace?.semanticTokens?.refreshSupport) session.onIndexChanged = () => void connection.languages.semanticTokens.refresh().catch(() => undefined);
    const workspaceFolders = caps.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        // No trigger characters: a list that pops up by itself has its first item selected, and Enter would
        // accept it. As-you-type offers are inline (ghost text, Tab accepts); the list is for Ctrl+Space.
        completionProvider: { resolveProvider: true },
        inlineCompletionProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        workspaceSymbolProvider: true,
        executeCommandProvider: { commands: [ABBREVIATIONS_COMMAND, CITATION_COMMAND] },
        ...(workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'asean-ref' },
    };
  });

  connection.onInitialized(() => {
    void (async () => {
      try {
        if (registerConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'aseanRef' });
      } catch (e) {
        session.error(`could not register for configuration changes: ${(e as Error)?.message ?? e}`);
      }
      await session.reloadWorkspace();
    })();
    try {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        session.setFolders([...session.folderUris, ...event.added.map((f) => f.uri)].filter((uri) => !removed.has(uri)));
        void session.reloadWorkspace();
      });
    } catch {
      // The client does not send workspace folder changes.
    }
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', () => undefined, (params) => {
      const pushed = (params.settings as { aseanRef?: unknown } | null | undefined)?.aseanRef;
      session.settings.invalidate(clientPushesSettingsOnly ? (pushed ?? {}) : undefined);
      for (const doc of documents.all()) session.scheduleValidation(doc, 0);
      return session.reloadWorkspace();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', () => undefined, (params) => {
      // A project's .asean-ref.json changed: its settings apply at once, data folders included.
      if (!params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return session.filesChanged(params.changes);
      session.settings.invalidate();
      for (const doc of documents.all()) session.scheduleValidation(doc, 0);
      return session.filesChanged(params.changes).then(() => session.reloadWorkspace());
    }),
  );

  // TextDocuments reports an open as a content change too: validate an opened draft at once, and edits after a pause.
  const openedAt = new Map<string, number>();
  documents.onDidOpen(({ document }) => {
    openedAt.set(document.uri, document.version);
    session.scheduleValidation(document, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (openedAt.get(document.uri) !== document.version) session.scheduleValidation(document);
  });
  documents.onDidClose(({ document }) => {
    openedAt.delete(document.uri);
    session.forget(document.uri);
  });

  const { service } = session;
  /** The per-request context of the document a request names, or undefined when it is not open. */
  const contextOf = async (uri: string, token?: CancellationToken) => {
    const doc = documents.get(uri);
    return doc ? service.context(doc, token) : undefined;
  };

  connection.onHover(
    answer('hover', () => null, async (params: TextDocumentPositionParams, token?: CancellationToken): Promise<Hover | null> => {
      const ctx = await contextOf(params.textDocument.uri, token);
      return ctx ? service.hover(ctx, params.position) : null;
    }),
  );

  connection.onDefinition(
    answer('definition', (): Location[] => [], async (params: TextDocumentPositionParams, token?: CancellationToken): Promise<Location[]> => {
      const ctx = await contextOf(params.textDocument.uri, token);
      return ctx ? service.definition(ctx, params.position) : [];
    }),
  );

  connection.onCompletion(
    answer('completion', (): CompletionList => ({ isIncomplete: false, items: [] }), async (params: CompletionParams, token?: CancellationToken): Promise<CompletionList> => {
      const ctx = await contextOf(params.textDocument.uri, token);
      return ctx ? service.completion(ctx, params.position, params.context) : { isIncomplete: false, items: [] };
    }),
  );

  connection.onCompletionResolve((item: CompletionItem, token) => answer('completionItem/resolve', () => item, () => service.resolveCompletion(item))(undefined, token));

  connection.languages.inlineCompletion.on(
    answer('inlineCompletion', (): InlineCompletionList => ({ items: [] }), async (params: InlineCompletionParams, token?: CancellationToken): Promise<InlineCompletionList> => {
      const ctx = await contextOf(params.textDocument.uri, token);
      return ctx ? service.inlineCompletion(ctx, params.position, params.context) : { items: [] };
    }),
  );

  connection.onCodeAction(
    answer('codeAction', (): CodeAction[] => [], async (params: CodeActionParams, token?: CancellationToken): Promise<CodeAction[]> => {
      const ctx = await contextOf(params.textDocument.uri, token);
      return ctx ? service.codeActions(ctx, params.context.diagnostics) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    answer('workspace/symbol', (): WorkspaceSymbol[] => [], (params: WorkspaceSymbolParams): WorkspaceSymbol[] => service.workspaceSymbols(params.query, 'en')),
  );

  // Commands return the workspace edit for the client to apply (the extension's palette commands call them with the draft's URI).
  connection.onExecuteCommand(
    answer('workspace/executeCommand', (): WorkspaceEdit | null => null, async (params: ExecuteCommandParams, token?: CancellationToken): Promise<WorkspaceEdit | null> => {
      const [uri, position] = params.arguments ?? [];
      const ctx = typeof uri === 'string' ? await contextOf(uri, token) : undefined;
      if (!ctx) return null;
      if (params.command === ABBREVIATIONS_COMMAND) return service.abbreviationsEdit(ctx);
      const at = position as Position | undefined;
      if (params.command === CITATION_COMMAND && Number.isInteger(at?.line) && Number.isInteger(at?.character)) return service.citationEdit(ctx, at!);
      return null;
    }),
  );

  // The client's watchdog (client/src/watchdog.ts): answered at once, so a server that does not answer is stuck.
  connection.onRequest('aseanRef/ping', () => refuse(undefined) ?? {});

  connection.languages.semanticTokens.on(
    answer('semanticTokens', (): SemanticTokens => ({ data: [] }), async (params: SemanticTokensParams, token?: CancellationToken): Promise<SemanticTokens> => {
      const ctx = await contextOf(params.textDocument.uri, token);
      return ctx ? service.semanticTokens(ctx) : { data: [] };
    }),
  );

  connection.onRequest(
    PREVIEW_TERMS_REQUEST,
    answer('previewTerms', (): PreviewTerm[] => [], async (params: { uri: string }, token?: CancellationToken): Promise<PreviewTerm[]> => {
      const ctx = typeof params?.uri === 'string' ? await contextOf(params.uri, token) : undefined;
      return ctx ? service.previewTerms(ctx) : [];
    }),
  );

  connection.onShutdown(() => {
    state.shutDown = true;
    session.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return state;
}
