/**
 * dist/data.json: the shipped data, validated at build time, so the server
 * starts by reading one JSON file (no YAML, no schema, no quote search).
 * File paths inside are relative to the package root, so the package can
 * be installed anywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from './dataset';

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** The Dataset with its file paths made relative to the package root ("data/sources/x.md"). */
export function toCompiled(dataset: Dataset, packageRoot: string): Dataset {
  return mapFiles(dataset, (file) => toPosix(path.relative(packageRoot, file)));
}

/** Reads dist/data.json back with absolute paths. No validation: the build did it. */
export function loadCompiled(jsonPath: string, packageRoot: string): Dataset {
  const compiled = JSON.parse(readFileSync(jsonPath, 'utf8')) as Dataset;
  return mapFiles(compiled, (file) => path.resolve(packageRoot, file));
}

function mapFiles(dataset: Dataset, map: (file: string) => string): Dataset {
  const origins: Dataset['origins'] = {};
  for (const [id, o] of Object.entries(dataset.origins)) origins[id] = { ...o, file: map(o.file) };
  return { entities: dataset.entities, sources: dataset.sources.map((s) => ({ ...s, file: map(s.file) })), origins };
}
