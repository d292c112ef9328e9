/**
 * The engine as the CLI sees it: the shipped data (dist/data.json beside the
 * bundle, or data/ in a checkout run with tsx), the team's data folders named
 * by the config file, and the settings, loaded once per run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findPackageRoot } from '../data/check';
import { loadCompiled } from '../data/compiled';
import type { Dataset, Problem } from '../data/dataset';
import { loadDataDir } from '../data/load';
import { buildIndex } from '../index/build';
import type { EntityIndex } from '../index/types';
import type { Settings } from '../settings';
import { defaultSettings } from '../settings';
import type { Severity } from '../data/dataset';

export interface CliConfig extends Settings {
  failOn: Severity;
  dataPaths: string[];
}

export interface Engine {
  index: EntityIndex;
  config: CliConfig;
  /** Problems in the team's data files; any error makes `check` exit 2. */
  dataProblems: Problem[];
}

export class UsageError extends Error {}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export function isSeverity(s: unknown): s is Severity {
  return SEVERITIES.includes(s as Severity);
}

/** `.asean-ref.json` in the working folder (or --config FILE); unknown keys are an error, so typos show. */
export function readConfig(cwd: string, file?: string): CliConfig {
  const config: CliConfig = { ...defaultSettings, failOn: 'warning', dataPaths: ['.asean-ref'] };
  const where = file ? path.resolve(cwd, file) : path.join(cwd, '.asean-ref.json');
  if (!existsSync(where)) {
    if (file) throw new UsageError(`config file not found: ${file}`);
    return config;
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(where, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path.relative(cwd, where)}: not valid JSON: ${(e as Error).message}`);
  }
  for (const [key, value] of Object.entries(raw ?? {})) applyConfigKey(config, key, value, path.relative(cwd, where));
  return config;
}

function applyConfigKey(config: CliConfig, key: string, value: unknown, file: string): void {
  if (key === 'cardLanguage' && (value === 'auto' || value === 'id' || value === 'en')) config.cardLanguage = value;
  else if (key === 'failOn' && isSeverity(value)) config.failOn = value;
  else if (key === 'dataPaths' && Array.isArray(value) && value.every((v) => typeof v === 'string')) config.dataPaths = value;
  else if (key !== '$schema') throw new UsageError(`${file}: invalid setting "${key}": ${JSON.stringify(value)}`);
}

export function loadEngine(cwd: string, config: CliConfig): Engine {
  let dataset = shippedDataset();
  const dataProblems: Problem[] = [];
  for (const dir of config.dataPaths.map((p) => path.resolve(cwd, p))) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    const loaded = loadDataDir(dir, { base: dataset });
    dataset = loaded.dataset;
    dataProblems.push(...loaded.problems.map((p) => ({ ...p, file: path.relative(cwd, p.file) || p.file })));
  }
  return { index: buildIndex(dataset), config, dataProblems };
}

/** dist/data.json when running the bundle; data/ when running from source. */
function shippedDataset(): Dataset {
  const bundled = path.join(__dirname, 'data.json');
  const root = findPackageRoot(__dirname);
  if (existsSync(bundled) && root) return loadCompiled(bundled, root);
  if (root && existsSync(path.join(root, 'dist', 'data.json'))) return loadCompiled(path.join(root, 'dist', 'data.json'), root);
  if (root) return loadDataDir(path.join(root, 'data')).dataset;
  throw new Error('asean-ref: the shipped data is missing (run `npm run build`)');
}
