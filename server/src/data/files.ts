/** Which files of a data dir are data: entity files (every .json not under schema/) and sources (.md under sources/). */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export type DataFileKind = 'entities' | 'source';

/**
 * Absolute paths of a data dir's files, sorted. A plain directory walk: the
 * glob libraries' ESM builds (fdir via tinyglobby) break when esbuild bundles
 * them into the CommonJS dist files.
 */
export function listDataFiles(dir: string): string[] {
  const root = path.resolve(dir);
  const entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  return entries
    .map((rel) => path.join(root, rel))
    .filter((file) => dataFileKind(root, file) !== undefined)
    .sort();
}

/** What a file is to the data dir `dir`, or undefined when it is not a data file of it. */
export function dataFileKind(dir: string, file: string): DataFileKind | undefined {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  // Hidden files and folders (editor backups, .git) and installed packages are never data.
  if (parts[0] === 'schema' || parts.includes('node_modules') || parts.some((p) => p.startsWith('.'))) return undefined;
  if (rel.endsWith('.json')) return 'entities';
  if (rel.endsWith('.md') && parts[0] === 'sources') return 'source';
  return undefined;
}
