/**
 * The server's view of the user's settings: `aseanRef.*` read per resource through
 * workspace/configuration (or, for clients without it, what didChangeConfiguration pushed),
 * normalized so a typo in settings.json never reaches the features.
 */
import { namesProjectItself } from '../data/files';
import type { Settings } from '../settings';
import { defaultSettings } from '../settings';

export interface ServerSettings extends Settings {
  /** Folders of team data, relative to each workspace folder (or absolute). */
  dataPaths: string[];
}

export const defaultServerSettings: ServerSettings = { ...defaultSettings, dataPaths: ['.asean-ref'] };

const CARD_LANGUAGES: readonly Settings['cardLanguage'][] = ['auto', 'id', 'en'];

/** Whatever the client sent for the `aseanRef` section -> valid settings (unknown or wrong-typed values fall back to defaults). */
export function normalizeSettings(raw: unknown): ServerSettings {
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const cardLanguage = CARD_LANGUAGES.find((l) => l === section.cardLanguage) ?? defaultServerSettings.cardLanguage;
  const dataPaths = Array.isArray(section.dataPaths)
    ? // "" or "." would make the whole workspace folder a data folder (every package.json read as entities).
      section.dataPaths.filter((p): p is string => typeof p === 'string' && !namesProjectItself(p)).map((p) => p.trim())
    : defaultServerSettings.dataPaths;
  return { cardLanguage, dataPaths };
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
