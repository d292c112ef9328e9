/**
 * The project's own choices, in `.asean-ref.json` (JSON with comments), found by searching upward from a
 * draft's folder: card language, completion as you type, rule severities, the team's data folders, and the
 * CLI's failure threshold. The language server and the CLI both read it through this module; in the editor,
 * settings the user set explicitly in VS Code override it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from './data/dataset';
import { namesProjectItself } from './data/files';
import { parseJson } from './data/parse-json';
import type { Severity } from './data/severity';
import { CLI_SETTINGS, cliSettingsSummary, SETTINGS, type AllSettings } from './settings';

export const CONFIG_FILE_NAME = '.asean-ref.json';

/** What the file sets, field by field as the settings table names them; `dataPaths` absolute, and inside the project. */
export type ProjectConfig = Partial<AllSettings> & {
  /** The file it was read from. */
  file: string;
  /** What was wrong in the file ("file:line:col: message"); the rest of the file still applies. */
  problems: string[];
};

/** A config larger than this is not a config. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The nearest .asean-ref.json in `dir` or a folder above it, up to `stopAt` (included) or the file system root. */
export function findProjectConfig(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = path.dirname(current);
    if (parent === current || current === stop) return undefined;
    current = parent;
  }
}

/** Reads and checks one config file; never throws (an unreadable file is one problem). */
export function readProjectConfig(file: string): ProjectConfig {
  try {
    const size = statSync(file).size;
    if (size > MAX_CONFIG_BYTES) return { file, problems: [`${file}:1:1: larger than ${MAX_CONFIG_BYTES} bytes; ignored`] };
    return parseProjectConfig(readFileSync(file, 'utf8'), file);
  } catch (e) {
    return { file, problems: [`${file}:1:1: cannot be read: ${(e as Error).message}`] };
  }
}

export function parseProjectConfig(text: string, file: string): ProjectConfig {
  const config: ProjectConfig = { file, problems: [] };
  // Read as the data files are (a byte-order mark is fine, a duplicate key is reported, deep nesting refused), with comments.
  const parsed = parseJson(file, text, { comments: true });
  config.problems.push(...parsed.problems.map(formatProblem));
  if (parsed.problems.length) return config;
  const raw = parsed.value;
  const at = (offset: number): string => {
    const before = text.slice(0, offset).split('\n');
    return `${file}:${before.length}:${before[before.length - 1].length + 1}`;
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    config.problems.push(`${file}:1:1: must be a JSON object`);
    return config;
  }
  const bad = (key: string, expected: string): void => void config.problems.push(`${at(text.indexOf(`"${key.split('.')[0]}"`) >= 0 ? text.indexOf(`"${key.split('.')[0]}"`) : 0)}: "${key}" must be ${expected}; ignored`);
  const section = raw as Record<string, unknown>;
  // Keys, types and readers come from the settings table, as the editor's do.
  for (const [key, field] of CLI_SETTINGS) {
    const value = valueAt(section, key);
    if (value === undefined) continue;
    if (field === 'dataPaths') readDataPaths(config, value, bad, at(Math.max(0, text.indexOf('"dataPaths"'))));
    else {
      const read = SETTINGS[field].read(value);
      if (read === undefined) bad(key, SETTINGS[field].values);
      else Object.assign(config, { [field]: read });
    }
  }
  const known = new Set([...CLI_SETTINGS.keys()].map((k) => k.split('.')[0]));
  for (const key of Object.keys(section)) {
    if (key !== '$schema' && !known.has(key)) config.problems.push(`${at(text.indexOf(`"${key}"`))}: unknown setting "${key}" (settings: ${cliSettingsSummary()})`);
  }
  return config;
}

/** The value at a dotted key ("completion.asYouType"). */
function valueAt(section: Record<string, unknown>, key: string): unknown {
  let value: unknown = section;
  for (const part of key.split('.')) value = value && typeof value === 'object' && Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

type Bad = (key: string, expected: string) => void;

/** Relative folders inside the project: a cloned repository's config must not send the server elsewhere. */
function readDataPaths(config: ProjectConfig, value: unknown, bad: Bad, place: string): void {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return bad('dataPaths', 'an array of folder names');
  const root = path.dirname(config.file);
  const inside = (p: string): boolean => {
    const rel = path.relative(root, path.resolve(root, p));
    return !path.isAbsolute(p) && rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const good = (value as string[]).map((p) => p.trim());
  if (good.some(namesProjectItself)) {
    config.problems.push(`${place}: invalid value for "dataPaths" ("" or "." would make the whole project a data folder): ${JSON.stringify(good).slice(0, 80)}`);
    return;
  }
  if (!good.every(inside)) return bad('dataPaths', 'folders inside the project, relative to the config file (not "..")');
  config.dataPaths = good.map((p) => path.resolve(root, p));
}
