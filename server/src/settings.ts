/** What a user (or a .asean-ref.json config) can set; the server, the CLI and the tests share it. */
export interface Settings {
  /** Language of hover cards and of completion details: auto = the language the draft is written in. */
  cardLanguage: 'auto' | 'id' | 'en';
  /** Offer references inline (ghost text, Tab accepts) while the writer types; Ctrl+Space lists them either way. */
  asYouType: boolean;
}

export const defaultSettings: Settings = { cardLanguage: 'auto', asYouType: true };

/** The card language: the setting, or the draft's own language when it says auto. The one place this rule is written. */
export function cardLanguageOf(settings: Pick<Settings, 'cardLanguage'>, draftLang: 'id' | 'en'): 'id' | 'en' {
  return settings.cardLanguage === 'auto' ? draftLang : settings.cardLanguage;
}
