/**
 * The project's own choices, in `.asean-ref.json` (JSON with comments), found by searching upward from a
 * draft's folder: card language, completion as you type, rule severities, the team's data folders, and the
 * CLI's failure threshold. The language server and the CLI both read it through this module; in the editor,
 * settings the user set explicitly in VS Code override it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { Severity } from './data/dataset';
import type { RuleLevel, Settings } from './settings';

export const CONFIG_FILE_NAME = '.asean-ref.json';

export interface ProjectConfig {
  /** The file it was read from. */
  file: string;
  cardLanguage?: Settings['cardLanguage'];
  asYouType?: boolean;
  rules?: Record<string, RuleLevel>;
  /** Absolute: written relative to the config file's folder, and inside it. */
  dataPaths?: string[];
  failOn?: Severity;
  /** What was wrong in the file ("file:line:col: message"); the rest of the file still applies. */
  problems: string[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const LEVELS: readonly RuleLevel[] = [...SEVERITIES, 'off'];
const CARD_LANGUAGES: readonly Settings['cardLanguage'][] = ['auto', 'id', 'en'];
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
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const at = (offset: number): string => {
    const before = text.slice(0, offset).split('\n');
    return `${file}:${before.length}:${before[before.length - 1].length + 1}`;
  };
  for (const e of errors.slice(0, 10)) config.problems.push(`${at(e.offset)}: not valid JSON (${printParseErrorCode(e.error)})`);
  if (errors.length) return config;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    config.problems.push(`${file}:1:1: must be a JSON object`);
    return config;
  }
  const bad = (key: string, expected: string): void => void config.problems.push(`${at(text.indexOf(`"${key}"`) >= 0 ? text.indexOf(`"${key}"`) : 0)}: "${key}" must be ${expected}; ignored`);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    else if (key === 'cardLanguage') CARD_LANGUAGES.includes(value as never) ? (config.cardLanguage = value as Settings['cardLanguage']) : bad(key, 'auto, id or en');
    else if (key === 'completion') readCompletion(config, value, bad);
    else if (key === 'failOn') SEVERITIES.includes(value as never) ? (config.failOn = value as Severity) : bad(key, 'error, warning, information or hint');
    else if (key === 'rules') readRules(config, value, bad);
    else if (key === 'dataPaths') readDataPaths(config, value, bad);
    else config.problems.push(`${at(text.indexOf(`"${key}"`))}: unknown setting "${key}" (settings: cardLanguage, completion.asYouType, rules, dataPaths, failOn)`);
  }
  return config;
}

type Bad = (key: string, expected: string) => void;

function readCompletion(config: ProjectConfig, value: unknown, bad: Bad): void {
  const asYouType = value && typeof value === 'object' ? (value as Record<string, unknown>).asYouType : undefined;
  if (typeof asYouType === 'boolean') config.asYouType = asYouType;
  else bad('completion', 'an object such as { "asYouType": false }');
}

function readRules(config: ProjectConfig, value: unknown, bad: Bad): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return bad('rules', 'an object of rule ids and levels (off, error, warning, information, hint)');
  const rules: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
    if (LEVELS.includes(level as RuleLevel)) rules[id] = level as RuleLevel;
    else bad(`rules.${id}`, 'off, error, warning, information or hint');
  }
  config.rules = rules;
}

/** Relative folders inside the project: a cloned repository's config must not send the server elsewhere. */
function readDataPaths(config: ProjectConfig, value: unknown, bad: Bad): void {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return bad('dataPaths', 'an array of folder names');
  const root = path.dirname(config.file);
  const inside = (p: string): boolean => {
    const rel = path.relative(root, path.resolve(root, p));
    return !path.isAbsolute(p) && rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const good = (value as string[]).map((p) => p.trim()).filter((p) => p !== '');
  if (!good.every(inside)) return bad('dataPaths', 'folders inside the project, relative to the config file (not "." or "..")');
  config.dataPaths = good.map((p) => path.resolve(root, p));
}
