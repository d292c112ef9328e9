/** What a user (or a .asean-ref.json config) can set; the server, the CLI and the tests share it. */
export interface Settings {
  /** Language of hover cards: auto = the language the draft is written in. */
  cardLanguage: 'auto' | 'id' | 'en';
}

export const defaultSettings: Settings = { cardLanguage: 'auto' };
