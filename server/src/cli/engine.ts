/**
 * The engine as the CLI sees it: the shipped data (dist/data.jsonl beside the
 * bundle, or data/ in a checkout run with tsx), the team's data folders named
 * by the config file, and the settings, loaded once per run.
 */
import { existsSync, statSync } from 'node:fs';
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
import { findProjectConfig, readProjectConfig } from '../project-config';
import { CLI_SETTINGS, defaultsOf, type Settings } from '../settings';
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

/**
 * The project's `.asean-ref.json`, found upward from the working folder (or --config FILE), read by the same
 * module as the language server's; anything wrong in it is an error here, so typos show.
 */
export function readConfig(cwd: string, file?: string): CliConfig {
  const config: CliConfig = defaultsOf(['cardLanguage', 'asYouType', 'rules', 'exemptAcronyms', 'failOn', 'dataPaths']);
  const where = file ? path.resolve(cwd, file) : findProjectConfig(cwd);
  if (!where || !existsSync(where)) {
    if (file) throw new ConfigError(`${file}: config file not found`);
    return config;
  }
  // The same file, read the same way, as the editor's server reads it (project-config.ts).
  const project = readProjectConfig(where);
  const shown = path.relative(cwd, where) || where;
  if (project.problems.length) throw new ConfigError(project.problems.map((p) => shown + p.slice(where.length)).join('\n'));
  for (const field of CLI_SETTINGS.values()) if (field !== 'dataPaths' && project[field] !== undefined) Object.assign(config, { [field]: project[field] });
  if (project.dataPaths) {
    config.dataPaths = project.dataPaths.map((p) => path.relative(cwd, p) || '.');
    config.dataPathsSet = true;
  }
  return config;
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
