/**
 * The engine as the CLI sees it: the shipped data (dist/data.jsonl beside the
 * bundle, or data/ in a checkout run with tsx), the team's data folders named
 * by the config file, and the settings, loaded once per run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findPackageRoot } from '../compiled/check';
import { catalogOf, extendCatalog, type Catalog } from '../data/catalog';
import { openCompiled } from '../compiled/compiled';
import { formatProblem, type Problem } from '../data/dataset';
import { parseJson } from '../data/parse-json';
import { namesProjectItself } from '../data/files';
import { loadDataDir } from '../data/load';
import { buildIndex } from '../index/build';
import type { EntityIndex } from '../index/types';
import { createLanguageService, type LanguageService } from '../service/service';
import { CLI_SETTINGS, cliSettingsSummary, defaultsOf, SETTINGS, type Settings } from '../settings';
import type { Severity } from '../data/severity';

export interface CliConfig extends Settings {
  failOn: Severity;
  dataPaths: string[];
  /** dataPaths came from the config file rather than the default. */
  dataPathsSet?: boolean;
}

export interface Engine {
  index: EntityIndex;
  /** The features over that index, with the config's settings for every draft. */
  service: LanguageService;
  config: CliConfig;
  /** Problems in the team's data files; any error makes `check` exit 2. */
  dataProblems: Problem[];
  /** Said on stderr, never fatal (a configured data folder that is missing). */
  warnings: string[];
}

/** A mistake on the command line: the message, then the command's usage, exit 2. */
export class UsageError extends Error {}

/** A mistake in .asean-ref.json: the message alone (the command line was fine), exit 2. */
export class ConfigError extends Error {}

export { isSeverity } from '../data/severity';

/** `.asean-ref.json` in the working folder (or --config FILE); unknown keys are an error, so typos show. */
export function readConfig(cwd: string, file?: string): CliConfig {
  const config: CliConfig = defaultsOf(['cardLanguage', 'asYouType', 'rules', 'exemptAcronyms', 'failOn', 'dataPaths']);
  const where = file ? path.resolve(cwd, file) : path.join(cwd, '.asean-ref.json');
  if (!existsSync(where)) {
    if (file) throw new ConfigError(`${file}: config file not found`);
    return config;
  }
  const shown = path.relative(cwd, where) || where;
  // Parsed as the data files are: a byte-order mark is fine, a duplicate key is an error (JSON.parse keeps the last silently).
  const parsed = parseJson(shown, readFileSync(where, 'utf8'));
  const problem = parsed.problems[0];
  if (problem?.rule === 'json-syntax') throw new ConfigError(`${shown}: not valid JSON at ${problem.line + 1}:${problem.character + 1}: ${problem.message}`);
  if (problem) throw new ConfigError(formatProblem(problem));
  const raw = parsed.value as Record<string, unknown>;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${shown}: must be a JSON object`);
  for (const [key, value] of Object.entries(raw)) applyConfigKey(config, key, value, shown);
  return config;
}

function applyConfigKey(config: CliConfig, key: string, value: unknown, file: string): void {
  const field = CLI_SETTINGS.get(key);
  const read = field === undefined ? undefined : field === 'dataPaths' ? dataPathsAsWritten(value) : SETTINGS[field].read(value);
  if (field !== undefined && read !== undefined) {
    Object.assign(config, { [field]: read }, field === 'dataPaths' ? { dataPathsSet: true } : {});
  } else if (key !== '$schema') {
    const why = key === 'dataPaths' && Array.isArray(value) && value.some((v) => typeof v === 'string' && namesProjectItself(v)) ? ' ("" or "." would make the whole project a data folder)' : '';
    throw new ConfigError(`${file}: ${field ? `invalid value for "${key}"${why}` : `unknown setting "${key}"`}: ${preview(value)} (settings: ${cliSettingsSummary()})`);
  }
}

/** A config file is written on purpose: its dataPaths are taken as written, all strings, none the project itself. */
const dataPathsAsWritten = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && !namesProjectItself(v)) ? value : undefined;

/** A value as the config file has it, short (a 100,000-deep array must not overflow the stack). */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function loadEngine(cwd: string, config: CliConfig): Engine {
  let catalog = shippedCatalog();
  const dataProblems: Problem[] = [];
  const warnings: string[] = [];
  for (const name of config.dataPaths) {
    const dir = path.resolve(cwd, name);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      // The default .asean-ref/ is optional; a folder the config names is expected to be there.
      if (config.dataPathsSet) warnings.push(`${name}: data folder not found (named in dataPaths); using the shipped data without it`);
      continue;
    }
    const loaded = loadDataDir(dir, { base: catalog });
    catalog = extendCatalog(catalog, loaded.dataset);
    dataProblems.push(...loaded.problems.map((p) => ({ ...p, file: path.relative(cwd, p.file) || p.file })));
  }
  const index = buildIndex(catalog);
  return { index, service: createLanguageService({ index: () => index, settings: () => config }), config, dataProblems, warnings };
}

/** dist/data.jsonl when running the bundle; data/ when running from source. */
function shippedCatalog(): Catalog {
  const bundled = path.join(__dirname, 'data.jsonl');
  const root = findPackageRoot(__dirname);
  if (existsSync(bundled) && root) return openCompiled(bundled, root);
  if (root && existsSync(path.join(root, 'dist', 'data.jsonl'))) return openCompiled(path.join(root, 'dist', 'data.jsonl'), root);
  if (root) return catalogOf(loadDataDir(path.join(root, 'data')).dataset);
  throw new Error('asean-ref: the shipped data is missing (run `npm run build`)');
}
