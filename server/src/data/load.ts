/** A whole data dir, loaded once: the shipped `data/` for compiling, or a team's folder for checking. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Catalog } from './catalog';
import type { Dataset, Problem } from './dataset';
import type { DataStats } from './assemble';
import { listDataFiles } from './files';
import { DataStore } from './store';

export interface LoadResult {
  /** Every file that has no errors (not the base: stack it on with extendCatalog). */
  dataset: Dataset;
  problems: Problem[];
  /** What the dir itself contributes. */
  stats: DataStats;
}

/**
 * Loads every data file of `dir`. Files with errors are left out; the others
 * are served even when they refer to something in a file that was left out.
 * With `base`, the dir may refer to the base's entities and sources, must
 * not redefine them.
 */
export function loadDataDir(dir: string, options: { base?: Catalog } = {}): LoadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`data directory not found: ${dir}`);
  const store = new DataStore(options);
  store.updateMany(listDataFiles(dir).map((file) => ({ file, text: readFileSync(file, 'utf8') })));
  return { dataset: store.dataset(), problems: store.problems(), stats: store.stats() };
}
