/**
 * Every setting, once: its name in the editor (`aseanRef.*`, package.json contributes.configuration,
 * checked by a unit test) and in the CLI's .asean-ref.json, its type, default, scope and description
 * in both languages. The server's normalisation and defaults and the CLI's config keys and help are
 * derived from SETTINGS; adding a setting is adding an entry here (and its field to the types below).
 */
import { isSeverity, SEVERITIES, type Severity } from './data/severity';
import { namesProjectItself } from './data/files';

/** What a user (or a .asean-ref.json config) can set that the features read; the server, the CLI and the tests share it. */

/** A rule's level in the project's config: its findings at another severity, or none. */
export type RuleLevel = Severity | 'off';

export interface Settings {
  /** Language of hover cards and of completion details: auto = the language the draft is written in. */
  cardLanguage: 'auto' | 'id' | 'en';
  /** Offer references inline (ghost text, Tab accepts) while the writer types; Ctrl+Space lists them either way. */
  asYouType: boolean;
  /** Severity per rule id ('off' turns a rule off); a rule not named keeps its default. */
  rules: Record<string, Severity | 'off'>;
  /** Acronyms a draft may use without spelling them out at first use. */
  exemptAcronyms: string[];
}

/** Everything the table defines, by field. */
export interface AllSettings extends Settings {
  /** Folders of team data, relative to each workspace folder (or absolute). */
  dataPaths: string[];
  /** The lowest severity that makes `asean-ref check` fail. */
  failOn: Severity;
  /** Read by the extension's language client, not by the server. */
  traceServer: 'off' | 'messages' | 'verbose';
}

export interface Text {
  en: string;
  id: string;
}

export interface SettingSpec<T> {
  /** The key under `aseanRef.` in the editor's settings; absent: not an editor setting. */
  editor?: string;
  /** The key in .asean-ref.json; absent: the CLI does not read it. */
  cli?: string;
  type: 'string' | 'boolean' | 'array' | 'object';
  enum?: readonly T[];
  enumDescriptions?: readonly Text[];
  default: T;
  scope: 'resource' | 'window';
  description: Text;
  /** The manifest shows the description as Markdown (markdownDescription). */
  markdown?: boolean;
  /** How the values are named in the CLI's help and errors. */
  values: string;
  /** A value as read -> the setting, or undefined when it is not valid (the default applies). */
  read(raw: unknown): T | undefined;
}

/** The severity a rule may be set to. */
export const RULE_LEVELS: readonly RuleLevel[] = [...SEVERITIES, 'off'];

/** An object of rule id -> severity; entries with another value are dropped (undefined when it is no object at all). */
function readRuleSeverities(raw: unknown): Record<string, Severity | 'off'> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const out: Record<string, Severity | 'off'> = {};
  for (const [id, level] of Object.entries(raw)) if (RULE_LEVELS.includes(level as Severity)) out[id] = level as Severity | 'off';
  return out;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: unknown): T | undefined =>
    values.find((v) => v === raw);

export const SETTINGS: { [K in keyof AllSettings]: SettingSpec<AllSettings[K]> } = {
  cardLanguage: {
    editor: 'cardLanguage',
    cli: 'cardLanguage',
    type: 'string',
    enum: ['auto', 'id', 'en'],
    enumDescriptions: [
      { en: 'The language the draft is written in (Indonesian or English).', id: 'Bahasa yang dipakai draf (Indonesia atau Inggris).' },
      { en: 'Always Indonesian (Bahasa Indonesia).', id: 'Selalu bahasa Indonesia.' },
      { en: 'Always English.', id: 'Selalu bahasa Inggris.' },
    ],
    default: 'auto',
    scope: 'resource',
    markdown: true,
    description: {
      en: 'Language of hover cards, and of the details and cards shown with completions. Completion labels are always in the draft\'s own language.',
      id: 'Bahasa kartu hover, serta rincian dan kartu yang menyertai saran pelengkapan. Label saran selalu dalam bahasa draf itu sendiri.',
    },
    values: 'auto|id|en',
    read: oneOf(['auto', 'id', 'en'] as const),
  },
  asYouType: {
    cli: 'completion.asYouType',
    editor: 'completion.asYouType',
    type: 'boolean',
    default: true,
    scope: 'resource',
    markdown: true,
    description: {
      en: 'Offer references as you type, as grey inline text after the cursor: **Tab** accepts, **Alt+]** shows the next offer, anything else (Enter, space, punctuation) just goes on typing. Offers appear only where a reference is being typed (a capitalised name, an acronym in capitals, an ordinal such as `ke-4`). **Ctrl+Space** lists every match whatever this says.',
      id: 'Tawarkan rujukan sambil mengetik, sebagai teks abu-abu setelah kursor: **Tab** menerima, **Alt+]** menampilkan tawaran berikutnya, tombol lain (Enter, spasi, tanda baca) tetap mengetik seperti biasa. Tawaran hanya muncul saat sebuah rujukan sedang diketik (nama berhuruf kapital, akronim berhuruf besar, bilangan urut seperti `ke-4`). **Ctrl+Space** selalu menampilkan semua kecocokan.',
    },
    values: 'true|false',
    read: (raw) => (typeof raw === 'boolean' ? raw : undefined),
  },
  dataPaths: {
    editor: 'dataPaths',
    cli: 'dataPaths',
    type: 'array',
    default: ['.asean-ref'],
    scope: 'resource',
    markdown: true,
    description: {
      en: "Folders with your team's own entity files (`*.json`) and source articles (`sources/*.md`), relative to each workspace folder. They are loaded on top of the built-in data and reloaded when they change.",
      id: 'Folder berisi berkas entitas tim Anda sendiri (`*.json`) dan artikel sumber (`sources/*.md`), relatif terhadap setiap folder ruang kerja. Dimuat di atas data bawaan dan dimuat ulang saat berubah.',
    },
    values: '[folders]',
    // Lenient, as a typo in settings.json must never reach the features: what is not a folder name is dropped,
    // and so is "" or "." (the whole workspace folder as data: every package.json read as entities).
    read: (raw) => (Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string' && p.trim() !== '' && !namesProjectItself(p)).map((p) => p.trim()) : undefined),
  },
  rules: {
    editor: 'rules',
    cli: 'rules',
    type: 'object',
    default: {},
    scope: 'resource',
    markdown: true,
    description: {
      en: 'The severity of each check by its id, or `off` to turn it off, e.g. `{ "ambiguous-reference": "off", "unknown-instance": "warning" }`. A check not named keeps its default.',
      id: 'Tingkat setiap pemeriksaan menurut id-nya, atau `off` untuk mematikannya, misalnya `{ "ambiguous-reference": "off", "unknown-instance": "warning" }`. Pemeriksaan yang tidak disebut memakai bawaannya.',
    },
    values: '{ "rule-id": "error|warning|information|hint|off" }',
    read: readRuleSeverities,
  },
  exemptAcronyms: {
    editor: 'exemptAcronyms',
    cli: 'exemptAcronyms',
    type: 'array',
    default: ['ASEAN'],
    scope: 'resource',
    markdown: true,
    description: {
      en: 'Acronyms that need no expansion at their first use in a draft (the `first-use-not-spelled-out` check), written as in the draft, e.g. `["ASEAN", "KTT"]`.',
      id: 'Akronim yang tidak perlu ditulis kepanjangannya pada penggunaan pertama dalam draf (pemeriksaan `first-use-not-spelled-out`), ditulis seperti dalam draf, misalnya `["ASEAN", "KTT"]`.',
    },
    values: '[acronyms]',
    read: (raw) => (Array.isArray(raw) ? raw.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim()) : undefined),
  },
  failOn: {
    cli: 'failOn',
    type: 'string',
    enum: ['error', 'warning', 'information', 'hint'],
    default: 'warning',
    scope: 'resource',
    markdown: true,
    description: {
      en: 'The lowest severity of a finding that makes `asean-ref check` fail (exit 1).',
      id: 'Tingkat temuan terendah yang membuat `asean-ref check` gagal (keluar dengan kode 1).',
    },
    values: 'error|warning|information|hint',
    read: (raw) => (isSeverity(raw) ? raw : undefined),
  },
  traceServer: {
    editor: 'trace.server',
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    markdown: true,
    description: {
      en: 'Traces the communication between VS Code and the ASEAN Ref language server in the output.',
      id: 'Mencatat komunikasi antara VS Code dan server bahasa ASEAN Ref di jendela keluaran.',
    },
    values: 'off|messages|verbose',
    read: oneOf(['off', 'messages', 'verbose'] as const),
  },
};

type Field = keyof AllSettings;
const FIELDS = Object.keys(SETTINGS) as Field[];

/** The defaults of `fields`, from the table. */
export function defaultsOf<K extends Field>(fields: readonly K[]): Pick<AllSettings, K> {
  const out = {} as Pick<AllSettings, K>;
  for (const f of fields) out[f] = structuredClone(SETTINGS[f].default) as AllSettings[K];
  return out;
}

export const defaultSettings: Settings = defaultsOf(['cardLanguage', 'asYouType', 'rules', 'exemptAcronyms']);

/** The value at a dotted key ("completion.asYouType") of a settings section, if any. */
function at(section: unknown, key: string): unknown {
  let value = section;
  for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** An `aseanRef` section as an editor sends it -> `fields`, each valid or its default. */
export function readEditorSettings<K extends Field>(section: unknown, fields: readonly K[]): Pick<AllSettings, K> {
  return { ...defaultsOf(fields), ...readEditorValues(section, fields) };
}

/** Only the valid values an `aseanRef` section holds for `fields` (what the user set), without defaults. */
export function readEditorValues<K extends Field>(section: unknown, fields: readonly K[]): Partial<Pick<AllSettings, K>> {
  const out: Partial<Pick<AllSettings, K>> = {};
  for (const f of fields) {
    const spec = SETTINGS[f];
    const value = spec.editor === undefined ? undefined : spec.read(at(section, spec.editor));
    if (value !== undefined) out[f] = value as AllSettings[K];
  }
  return out;
}

/** The settings .asean-ref.json may hold, by their key there. */
export const CLI_SETTINGS: ReadonlyMap<string, Field> = new Map(FIELDS.flatMap((f) => (SETTINGS[f].cli ? [[SETTINGS[f].cli!, f] as const] : [])));

/** "cardLanguage auto|id|en, failOn …": the CLI's settings as its help and errors name them. */
export const cliSettingsSummary = (): string => [...CLI_SETTINGS].map(([key, f]) => `${key} ${SETTINGS[f].values}`).join(', ');

/** The card language: the setting, or the draft's own language when it says auto. The one place this rule is written. */
export function cardLanguageOf(settings: Pick<Settings, 'cardLanguage'>, draftLang: 'id' | 'en'): 'id' | 'en' {
  return settings.cardLanguage === 'auto' ? draftLang : settings.cardLanguage;
}
