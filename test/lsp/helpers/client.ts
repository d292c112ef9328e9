/**
 * A small LSP client for tests: spawns `node dist/server.js --stdio`, speaks JSON-RPC over the
 * child's stdio, answers the server's requests (workspace/configuration, client/registerCapability)
 * and lets a test wait for notifications. Waits are on protocol events, never on the clock; a wait
 * that is never satisfied fails with a message saying what it was waiting for.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STATUS_NOTIFICATION, type StatusParams } from '../../../server/src/protocol';
import {
  CodeActionRequest,
  CompletionRequest,
  CompletionResolveRequest,
  ConfigurationRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InlineCompletionRequest,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type CompletionContext,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type InlineCompletionItem,
  type InlineCompletionList,
  type Location,
  type LocationLink,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The built server; ASEAN_REF_SERVER points the tests at another build. */
export const SERVER = process.env.ASEAN_REF_SERVER ? path.resolve(process.env.ASEAN_REF_SERVER) : path.join(ROOT, 'dist', 'server.js');
/** The package the server runs from: its dist/data.jsonl and data/sources/. */
export const PACKAGE_ROOT = path.dirname(path.dirname(SERVER));

export type { StatusParams };

export interface StartOptions {
  /** Workspace folders (absolute paths). */
  folders?: string[];
  /** Settings by section, as workspace/configuration returns them (e.g. { aseanRef: { cardLanguage: 'en' } }). */
  settings?: Record<string, unknown>;
  /** Another compiled data file to serve (ASEAN_REF_DATA) instead of the shipped one. */
  dataFile?: string;
}

/** How long a wait may take before it fails with its own message rather than mocha's generic timeout. */
const WAIT_LIMIT_MS = 15000;

interface Waiter {
  method: string;
  matches: (params: unknown) => boolean;
  resolve: (params: unknown) => void;
}

export const fileUri = (file: string): string => pathToFileURL(file).href;

export class LspClient {
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  /** How often the server asked the editor to re-request semantic tokens (its data changed). */
  semanticTokensRefreshes = 0;
  stderr = '';
  settings: Record<string, unknown>;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section ? this.settings[item.section] ?? null : this.settings)));
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onRequest('workspace/semanticTokens/refresh', () => {
      this.semanticTokensRefreshes++;
      return null;
    });
    connection.onNotification(STATUS_NOTIFICATION, (params: unknown) => this.dispatch(STATUS_NOTIFICATION, params));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.dispatch(PublishDiagnosticsNotification.method, p));
    connection.listen();
  }

  /** Spawns the server, initializes it, and waits for its first status (the shipped and workspace data are loaded). */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const env = { ...process.env };
    delete env.ASEAN_REF_DATA; // the tests are about the shipped data, unless one names another
    if (options.dataFile) env.ASEAN_REF_DATA = options.dataFile;
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe', env });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection, options);
    const folders = (options.folders ?? []).map((f) => ({ uri: fileUri(f), name: path.basename(f) }));
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        semanticTokens: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
        definition: { linkSupport: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
      },
    };
    const status = client.nextStatus();
    const result: InitializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length ? folders : null,
      capabilities,
    });
    client.initializeResult = result;
    await client.connection.sendNotification(InitializedNotification.type, {});
    client.firstStatus = await status;
    return client;
  }

  initializeResult?: InitializeResult;
  /** The status the server sent once it had loaded its data at start. */
  firstStatus!: StatusParams;

  private dispatch(method: string, params: unknown): void {
    const ready = this.waiters.filter((w) => w.method === method && w.matches(params));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(params);
  }

  /**
   * The next notification `method` whose params satisfy `matches`. Register the wait
   * before doing what triggers it, then await it.
   */
  next<T>(method: string, what: string, matches: (params: T) => boolean = () => true): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        matches: (p) => matches(p as T),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as T);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no ${what} from the server (${method}); server log:\n${this.logs.join('\n')}\n${this.stderr}`));
      }, WAIT_LIMIT_MS);
      this.waiters.push(waiter);
    });
  }

  nextStatus(): Promise<StatusParams> {
    return this.next<StatusParams>(STATUS_NOTIFICATION, 'status');
  }

  nextDiagnostics(uri: string, matches: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.next<PublishDiagnosticsParams>(PublishDiagnosticsNotification.method, `diagnostics for ${uri}`, (p) => p.uri === uri && matches(p));
  }

  /** Opens a document and waits for its first diagnostics (so its scan is done). */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Applies edits (incremental or full) and waits for the diagnostics of the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version === version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return published;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position, context?: CompletionContext): Promise<CompletionItem[]> {
    const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context });
    if (!result) return [];
    return Array.isArray(result) ? result : (result as CompletionList).items;
  }

  /** The as-you-type offers VS Code asks for on every keystroke (ghost text). */
  async inlineCompletion(uri: string, position: Position): Promise<InlineCompletionItem[]> {
    const result = await this.connection.sendRequest(InlineCompletionRequest.type, { textDocument: { uri }, position, context: { triggerKind: 2 } });
    if (!result) return [];
    return Array.isArray(result) ? result : (result as InlineCompletionList).items;
  }

  /** The quick fixes the editor asks for where the writer's cursor is on these diagnostics (the light bulb). */
  async codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } });
    return (result ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
  }

  resolve(item: CompletionItem): Promise<CompletionItem> {
    return this.connection.sendRequest(CompletionResolveRequest.type, item);
  }

  async definition(uri: string, position: Position): Promise<Location[]> {
    const result = await this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
    if (!result) return [];
    const list = Array.isArray(result) ? result : [result];
    return list.map((l: Location | LocationLink) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l));
  }

  /** Tells the server files changed on disk, as the editor's watcher would, and waits for the reload's status. */
  async filesChanged(changes: FileEvent[]): Promise<StatusParams> {
    const status = this.nextStatus();
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    return status;
  }

  /** New settings (pull model: the server re-reads them), and waits for the reload's status. */
  async changeSettings(settings: Record<string, unknown>): Promise<StatusParams> {
    this.settings = settings;
    const status = this.nextStatus();
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return status;
  }

  /** Shuts the server down as an editor does; resolves with its exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        this.child.kill();
      }
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** The server process, for tests that freeze or kill it. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
}

/** The Markdown of a hover, with the card escaping undone, for reading in assertions. */
export function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  const raw = typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n') : c.value;
  return raw.replace(/\\([\\`*_[\]{}()~|!#.+\-=>])/g, '$1').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The position of the `nth` (0-based) occurrence of `needle` in `text`, plus `offset` characters into it. */
export function positionOf(text: string, needle: string, offset = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in the text`);
  }
  const before = text.slice(0, at + offset);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
