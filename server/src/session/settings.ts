/**
 * The server's view of the settings for a document: the defaults, then the project's `.asean-ref.json`
 * (found upward from the document, shared with the CLI), then what the user set in the editor:
 * `aseanRef.*` read per resource through workspace/configuration (or, for clients without it, what
 * didChangeConfiguration pushed), normalized so a typo in settings.json never reaches the features.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { findProjectConfig, readProjectConfig, type ProjectConfig } from '../project-config';
import { defaultsOf, readEditorSettings, readEditorValues, type AllSettings, type Settings } from '../settings';

/** The settings the server reads (the table in settings.ts says what each is). */
export type ServerSettings = Settings & Pick<AllSettings, 'dataPaths'>;
const SERVER_FIELDS = ['cardLanguage', 'asYouType', 'rules', 'exemptAcronyms', 'dataPaths'] as const;

export const defaultServerSettings: ServerSettings = defaultsOf(SERVER_FIELDS);

/** Whatever the client sent for the `aseanRef` section -> valid settings (unknown or wrong-typed values fall back to defaults). */
export function normalizeSettings(raw: unknown): ServerSettings {
  return readEditorSettings(raw, SERVER_FIELDS);
}

/** Whatever the client sent for the `aseanRef` section -> the valid values it holds (unknown or wrong-typed ones are left out). */
export const explicitSettings = (raw: unknown): Partial<ServerSettings> => readEditorValues(raw, SERVER_FIELDS);

/** Defaults, then the project's config, then the user's own settings. */
export function mergeSettings(project: ProjectConfig | undefined, user: Partial<ServerSettings>): ServerSettings {
  const fromProject: Partial<ServerSettings> = {};
  for (const field of SERVER_FIELDS) if (project?.[field] !== undefined) Object.assign(fromProject, { [field]: project[field] });
  return { ...defaultServerSettings, ...fromProject, ...user };
}

/** Reads the `aseanRef` section for a resource (undefined = the window's settings). */
export type ConfigurationReader = (scopeUri: string | undefined) => Promise<unknown>;

/** Settings per resource, cached until the configuration (or a project's .asean-ref.json) changes. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  /** The `aseanRef` section pushed by didChangeConfiguration, for clients that cannot be asked. */
  private pushed: unknown = {};
  /** Project config per folder, and the config files whose problems were already logged. */
  private readonly projects = new Map<string, ProjectConfig | undefined>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly read: ConfigurationReader | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Settings for a document or folder URI; never rejects. */
  get(scopeUri?: string): Promise<ServerSettings> {
    const key = scopeUri ?? '';
    let entry = this.cache.get(key);
    if (!entry) {
      const project = this.projectFor(scopeUri);
      const user = this.read
        ? this.read(scopeUri).then(explicitSettings, (e: unknown) => {
            this.log(`could not read settings${scopeUri ? ` for ${scopeUri}` : ''}: ${(e as Error)?.message ?? e}`);
            this.cache.delete(key);
            return explicitSettings(this.pushed);
          })
        : Promise.resolve(explicitSettings(this.pushed));
      entry = user.then((u) => mergeSettings(project, u));
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** The configuration changed: forget what was read; `pushedSection` is the `aseanRef` section a client pushed, if any. */
  invalidate(pushedSection?: unknown): void {
    this.cache.clear();
    this.projects.clear();
    this.reported.clear();
    if (pushedSection !== undefined) this.pushed = pushedSection;
  }

  /** The nearest .asean-ref.json above a file: URI (a folder URI is searched from itself). */
  private projectFor(scopeUri: string | undefined): ProjectConfig | undefined {
    if (!scopeUri) return undefined;
    let uri: URI;
    try {
      uri = URI.parse(scopeUri);
    } catch {
      return undefined;
    }
    if (uri.scheme !== 'file') return undefined;
    const dir = isFolder(uri.fsPath) ? uri.fsPath : path.dirname(uri.fsPath);
    if (this.projects.has(dir)) return this.projects.get(dir);
    const file = findProjectConfig(dir);
    const config = file ? readProjectConfig(file) : undefined;
    if (config && !this.reported.has(config.file)) {
      this.reported.add(config.file);
      for (const problem of config.problems) this.log(problem);
    }
    this.projects.set(dir, config);
    return config;
  }
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
