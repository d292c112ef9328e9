/** What a user (or a .asean-ref.json config) can set; the server, the CLI and the tests share it. */
import type { Severity } from './data/dataset';

/** A rule's level in the project's config: its findings at another severity, or none. */
export type RuleLevel = Severity | 'off';

export interface Settings {
  /** Language of hover cards and of completion details: auto = the language the draft is written in. */
  cardLanguage: 'auto' | 'id' | 'en';
  /** Offer references inline (ghost text, Tab accepts) while the writer types; Ctrl+Space lists them either way. */
  asYouType: boolean;
  /** Rule id -> level, from the project's .asean-ref.json; rules not named keep their own severity. */
  rules?: Record<string, RuleLevel>;
}

export const defaultSettings: Settings = { cardLanguage: 'auto', asYouType: true };
