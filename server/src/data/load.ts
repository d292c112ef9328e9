/** A whole data dir, loaded once: the shipped `data/` for compiling, or a team's folder for checking. */
import { existsSync, statSync } from 'node:fs';
import type { Catalog } from './catalog';
import type { Dataset, Problem } from './dataset';
import type { DataStats } from './assemble';
import { fileProblem, listDataFilesChecked, readDataFile } from './files';
import { byPosition } from './problem';
import { DataStore } from './store';

export interface LoadResult {
  /** Every file that has no errors (not the base: stack it on with extendCatalog). */
  dataset: Dataset;
  problems: Problem[];
  /** What the dir itself contributes. */
  stats: DataStats;
}

/**
 * Loads every data file of `dir` (a bounded walk: see files.ts). Files with errors, and files
 * that cannot be read, are left out; the others
 * are served even when they refer to something in a file that was left out.
 * With `base`, the dir may refer to the base's entities and sources, must
 * not redefine them.
 */
export function loadDataDir(dir: string, options: { base?: Catalog } = {}): LoadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`data directory not found: ${dir}`);
  const store = new DataStore(options);
  const listing = listDataFilesChecked(dir);
  const problems = [...listing.problems];
  const texts: { file: string; text: string }[] = [];
  for (const file of listing.files) {
    const read = readDataFile(dir, file);
    if ('text' in read) texts.push({ file, text: read.text });
    else problems.push(fileProblem(file, read.error, 'error'));
  }
  store.updateMany(texts);
  return { dataset: store.dataset(), problems: [...problems, ...store.problems()].sort(byPosition), stats: store.stats() };
}
