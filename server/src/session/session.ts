/**
 * Everything the server remembers between requests: the current index (shipped data plus the
 * team's workspace data), scans of open documents, settings, and what it has published.
 * Reloads run one at a time, in order; a failed reload keeps the last good index in service.
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { DidChangeWatchedFilesNotification, FileChangeType, type Disposable, type FileEvent, type FileSystemWatcher } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { emptyCatalog, type Catalog } from '../data/catalog';
import { openCompiled } from '../compiled/compiled';
import { formatProblem, type Problem } from '../data/dataset';
import { toLspSeverity } from '../data/severity';
import { CONFIG_FILE_NAME } from '../project-config';
import { buildIndex } from '../index/build';
import type { EntityIndex } from '../index/types';
import { STATUS_NOTIFICATION, type StatusParams } from '../protocol';
import { createLanguageService, MAX_DIAGNOSTICS, type LanguageService } from '../service/service';
import type { DataFileTarget } from '../features/request';
import type { Settings } from '../settings';
import { defaultServerSettings, SettingsCache, type ServerSettings } from './settings';
import { WorkspaceData, type FileChange } from './workspace-data';

export interface SessionOptions {
  /** dist/data.jsonl */
  dataFile: string;
  /** The extension's root; shipped article paths in data.jsonl are relative to it. */
  packageRoot: string;
}

/** What the client said it can do, as far as the session cares. */
export interface ClientAbilities {
  configuration: boolean;
  watcherRegistration: boolean;
  relativePatterns: boolean;
}

/** A pause after typing before a draft's diagnostics are recomputed; hovers and completions never wait for it. */
const DIAGNOSTICS_DELAY_MS = 150;

export class Session {
  index: EntityIndex;
  /** The features, over the index in service and each document's settings. */
  readonly service: LanguageService = createLanguageService({ index: () => this.index, settings: (uri) => this.settingsFor(uri), dataFile: (uri, settings) => this.dataFileFor(uri, settings) });
  /** Called after the index changed (the server asks the editor to re-request semantic tokens). */
  onIndexChanged: () => void = () => undefined;
  settings: SettingsCache;
  private data: WorkspaceData;
  private baseProblem = false;
  private folders: string[] = [];
  private abilities: ClientAbilities = { configuration: false, watcherRegistration: false, relativePatterns: false };
  private queue: Promise<void> = Promise.resolve();
  private watcherRegistration?: Promise<Disposable | undefined>;
  /** Data-file URIs that have diagnostics published, so fixed files get theirs cleared. */
  private dataDiagnosticUris = new Set<string>();
  /** Problems already logged, so a save that changes nothing does not repeat them. */
  private logged = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly options: SessionOptions,
  ) {
    const base = this.loadBase();
    this.data = new WorkspaceData(base, (m) => this.error(m));
    this.index = buildIndex(base);
    this.settings = new SettingsCache(undefined, (m) => this.error(m));
  }

  /** After initialize: who we talk to and which folders are open. */
  configure(abilities: ClientAbilities, folders: string[]): void {
    this.abilities = abilities;
    this.folders = folders;
    const read = abilities.configuration
      ? (scopeUri: string | undefined) => this.connection.workspace.getConfiguration({ scopeUri, section: 'aseanRef' })
      : undefined;
    this.settings = new SettingsCache(read, (m) => this.error(m));
  }

  setFolders(folders: string[]): void {
    this.folders = [...new Set(folders)];
  }

  get folderUris(): readonly string[] {
    return this.folders;
  }

  log(message: string): void {
    this.connection.console.log(message);
  }

  error(message: string): void {
    this.connection.console.error(message);
  }

  /**
   * The team data file of the workspace folder holding a document: `<folder>/<first dataPaths entry>/entities.json`,
   * with its text when it exists; read only when a quick fix asks for it.
   */
  private dataFileFor(uri: string, settings: Settings): (() => DataFileTarget | undefined) | undefined {
    const folder = this.folders.filter((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0];
    const dataPath = ((settings as Partial<ServerSettings>).dataPaths ?? defaultServerSettings.dataPaths)[0];
    if (!folder || dataPath === undefined) return undefined;
    return () => {
      const file = path.resolve(URI.parse(folder).fsPath, dataPath, 'entities.json');
      const target = { uri: URI.file(file).toString() };
      try {
        // A regular file, not a link out of the folder, and of a size a data file has; anything else gets no fix.
        const st = lstatSync(file);
        return st.isFile() && st.size < 4 * 1024 * 1024 ? { ...target, text: readFileSync(file, 'utf8') } : undefined;
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'ENOENT' ? target : undefined;
      }
    };
  }

  settingsFor(uri: string | undefined): Promise<ServerSettings> {
    return this.settings.get(uri);
  }

  // ---- data ---------------------------------------------------------------

  private loadBase(): Catalog {
    try {
      const catalog = openCompiled(this.options.dataFile, this.options.packageRoot);
      this.log(`loaded ${catalog.entities.size} entities and ${catalog.sources.length} sources from ${this.options.dataFile}`);
      return catalog;
    } catch (e) {
      this.baseProblem = true;
      this.error(`${this.options.dataFile}:1:1: could not load the shipped data: ${(e as Error).message}`);
      return emptyCatalog();
    }
  }

  /** Runs reloads one after another; a failure is logged and the last good data keeps serving. */
  private enqueue(what: string, work: () => Promise<boolean>): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        const changed = await work();
        if (changed) this.rebuild();
        this.publishDataProblems();
        this.sendStatus();
      } catch (e) {
        this.error(`${what} failed: ${(e as Error)?.stack ?? e}`);
      }
    });
    return this.queue;
  }

  /** Reads every data folder again (start, settings or folders changed). */
  reloadWorkspace(): Promise<void> {
    return this.enqueue('loading workspace data', async () => {
      const roots = await this.dataRoots();
      await this.registerWatchers();
      return this.data.setRoots(roots);
    });
  }

  /** workspace/didChangeWatchedFiles */
  filesChanged(events: readonly FileEvent[]): Promise<void> {
    const changes: FileChange[] = [];
    for (const e of events) {
      const uri = URI.parse(e.uri);
      // Resolved, so "a/../b", "./b" and "a//b" name the file the walk found, not a second copy of it.
      if (uri.scheme === 'file') changes.push({ file: path.resolve(uri.fsPath), deleted: e.type === FileChangeType.Deleted });
    }
    return this.enqueue('reloading workspace data', () => this.data.apply(changes));
  }

  private async dataRoots(): Promise<string[]> {
    const roots: string[] = [];
    for (const folder of this.folders) {
      const uri = URI.parse(folder);
      if (uri.scheme !== 'file') continue;
      const settings = await this.settingsFor(folder);
      for (const p of settings.dataPaths) roots.push(path.resolve(uri.fsPath, p));
    }
    return roots;
  }

  /** Watches the data folders through the client, when it lets servers register watchers. */
  private async registerWatchers(): Promise<void> {
    if (!this.abilities.watcherRegistration) return;
    const previous = this.watcherRegistration;
    this.watcherRegistration = undefined;
    (await previous)?.dispose();
    const watchers: FileSystemWatcher[] = [];
    for (const folder of this.folders) {
      const settings = await this.settingsFor(folder);
      for (const dataPath of settings.dataPaths) watchers.push(...this.watchersFor(folder, dataPath));
    }
    // The project's .asean-ref.json, wherever it is above a draft.
    watchers.push({ globPattern: `**/${CONFIG_FILE_NAME}` });
    this.watcherRegistration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).then(
      (d) => d,
      (e: unknown) => {
        this.error(`could not register file watchers: ${(e as Error)?.message ?? e}`);
        return undefined;
      },
    );
    await this.watcherRegistration;
  }

  private watchersFor(folder: string, dataPath: string): FileSystemWatcher[] {
    const posix = dataPath.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    // The folder itself (deleted or renamed as a whole) and everything in it.
    const patterns = [posix, `${posix}/**`];
    if (path.isAbsolute(dataPath)) {
      if (!this.abilities.relativePatterns) return [];
      const baseUri = URI.file(dataPath).toString();
      return [{ globPattern: { baseUri, pattern: '**' } }];
    }
    if (this.abilities.relativePatterns) return patterns.map((pattern) => ({ globPattern: { baseUri: folder, pattern } }));
    return patterns.map((p) => ({ globPattern: `**/${p}` }));
  }

  private rebuild(): void {
    const catalog = this.data.catalog();
    try {
      this.index = buildIndex(catalog);
    } catch (e) {
      this.error(`could not index the data, keeping the previous index: ${(e as Error)?.stack ?? e}`);
      return;
    }
    this.service.reset();
    this.onIndexChanged();
    this.log(`serving ${catalog.entities.size} entities and ${catalog.sources.length} sources`);
    for (const doc of this.documents.all()) this.scheduleValidation(doc, 0);
  }

  private publishDataProblems(): void {
    const problems = this.data.problems();
    const byUri = new Map<string, Diagnostic[]>();
    const logged = new Set<string>();
    for (const p of problems) {
      const line = formatProblem(p);
      logged.add(line);
      if (!this.logged.has(line)) (p.severity === 'error' ? this.error(line) : this.log(line));
      if (!p.file) continue;
      const uri = URI.file(p.file).toString();
      const list = byUri.get(uri) ?? [];
      list.push(toDiagnostic(p));
      byUri.set(uri, list);
    }
    this.logged = logged;
    for (const uri of this.dataDiagnosticUris) if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.dataDiagnosticUris = new Set(byUri.keys());
  }

  private sendStatus(): void {
    const { catalog } = this.index;
    const problems = this.data.problems();
    const base = this.baseProblem ? 1 : 0;
    const dataErrors = problems.filter((p) => p.severity === 'error').length + base;
    const dataProblems = problems.filter((p) => p.severity === 'warning').length + dataErrors;
    const status: StatusParams = { entities: catalog.entities.size, sources: catalog.sources.length, dataProblems, dataErrors };
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  // ---- draft diagnostics ----------------------------------------------------

  /** Recomputes a draft's diagnostics after `delay` ms (0 = as soon as possible); a newer call replaces a pending one. */
  scheduleValidation(doc: TextDocument, delay = DIAGNOSTICS_DELAY_MS): void {
    const pending = this.timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.validate(doc.uri);
      }, delay),
    );
  }

  forget(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.service.forget(uri);
    // A data file keeps its data problems after it is closed; a draft's diagnostics go with it.
    if (!this.dataDiagnosticUris.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async validate(uri: string): Promise<void> {
    try {
      const doc = this.documents.get(uri);
      if (!doc || doc.languageId !== 'markdown' || !this.isDraft(uri)) return;
      const settings = await this.settingsFor(uri);
      const current = this.documents.get(uri);
      if (current !== doc || current.version !== doc.version) return; // a newer version has its own validation coming
      const found = this.service.diagnostics(this.service.contextWith(doc, settings), { max: MAX_DIAGNOSTICS });
      await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: found });
    } catch (e) {
      this.error(`diagnostics for ${uri} failed: ${(e as Error)?.stack ?? e}`);
    }
  }

  /**
   * Drafts get draft diagnostics; the data files themselves (the team's, whose problems are
   * published on them, and the shipped articles Go to Definition opens) do not.
   */
  isDraft(uri: string): boolean {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return true;
    const file = parsed.fsPath;
    return !this.data.owns(file) && !isInside(path.join(this.options.packageRoot, 'data'), file);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

function toDiagnostic(p: Problem): Diagnostic {
  const start = { line: p.line, character: p.character };
  const end = p.endLine !== undefined ? { line: p.endLine, character: p.endCharacter ?? p.character } : start;
  return { range: { start, end }, severity: toLspSeverity(p.severity), source: 'asean-ref', code: p.rule, message: p.message };
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
