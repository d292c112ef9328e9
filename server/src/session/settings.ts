/**
 * The server's view of the user's settings: `aseanRef.*` read per resource through
 * workspace/configuration (or, for clients without it, what didChangeConfiguration pushed),
 * normalized so a typo in settings.json never reaches the features.
 */
import { defaultsOf, readEditorSettings, type AllSettings, type Settings } from '../settings';

/** The settings the server reads (the table in settings.ts says what each is). */
export type ServerSettings = Settings & Pick<AllSettings, 'dataPaths'>;
const SERVER_FIELDS = ['cardLanguage', 'asYouType', 'rules', 'exemptAcronyms', 'dataPaths'] as const;

export const defaultServerSettings: ServerSettings = defaultsOf(SERVER_FIELDS);

/** Whatever the client sent for the `aseanRef` section -> valid settings (unknown or wrong-typed values fall back to defaults). */
export function normalizeSettings(raw: unknown): ServerSettings {
  return readEditorSettings(raw, SERVER_FIELDS);
}

/** Reads the `aseanRef` section for a resource (undefined = the window's settings). */
export type ConfigurationReader = (scopeUri: string | undefined) => Promise<unknown>;

/** Settings per resource, cached until the configuration changes. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  /** Settings pushed by didChangeConfiguration, for clients that cannot be asked. */
  private pushed: ServerSettings = defaultServerSettings;

  constructor(
    private readonly read: ConfigurationReader | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Settings for a document or folder URI; never rejects. */
  get(scopeUri?: string): Promise<ServerSettings> {
    if (!this.read) return Promise.resolve(this.pushed);
    const key = scopeUri ?? '';
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.read(scopeUri).then(normalizeSettings, (e: unknown) => {
        this.log(`could not read settings${scopeUri ? ` for ${scopeUri}` : ''}: ${(e as Error)?.message ?? e}`);
        this.cache.delete(key);
        return this.pushed;
      });
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** The configuration changed: forget what was read; `pushedSection` is the `aseanRef` section a client pushed, if any. */
  invalidate(pushedSection?: unknown): void {
    this.cache.clear();
    if (pushedSection !== undefined) this.pushed = normalizeSettings(pushedSection);
  }
}
