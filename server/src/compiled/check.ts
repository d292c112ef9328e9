/**
 * The data validator behind `npm run data:check [-- DIR]` and `asean-ref data check [DIR]`.
 * A team's own folder is checked with the shipped data as its base, so it
 * may cite shipped sources and refer to shipped entities, but not redefine them.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../data/dataset';
import { catalogOf, type Catalog } from '../data/catalog';
import { openCompiled } from './compiled';
import { loadDataDir } from '../data/load';
import { statsLine } from '../data/assemble';
import { isError } from '../data/problem';

export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface DataCheckOptions {
  /** Paths in messages are relative to it, and DIR is resolved against it. Default: process.cwd(). */
  cwd?: string;
  /** Where the shipped data lives (`data/`, or `dist/data.jsonl`). Default: the package this code is part of. */
  packageRoot?: string;
}

/** Checks a data dir; returns the exit code: 0 clean, 1 errors, 2 no such dir. */
export function runDataCheck(dir: string | undefined, io: Output, options: DataCheckOptions = {}): number {
  const cwd = options.cwd ?? process.cwd();
  const target = path.resolve(cwd, dir ?? 'data');
  if (!isDir(target)) {
    io.stderr.write(`data check: no such directory: ${dir ?? 'data'}\n`);
    return 2;
  }
  const root = options.packageRoot ?? findPackageRoot(__dirname) ?? cwd;
  const shipped = path.join(root, 'data');
  const base = isDir(shipped) && realpathSync(shipped) === realpathSync(target) ? undefined : shippedData(root);
  const { problems, stats } = loadDataDir(target, { base });
  for (const p of problems) io.stdout.write(formatProblem({ ...p, file: path.relative(cwd, p.file) || p.file }) + '\n');
  if (problems.some(isError)) return 1;
  // A folder with nothing in it is a wrong folder, not clean data.
  if (stats.entities === 0 && stats.sources === 0) {
    io.stderr.write(`data check: ${dir ?? 'data'} holds no entity files (*.json) or source articles (sources/*.md)\n`);
    return 1;
  }
  io.stdout.write(`${statsLine(stats)}\n`);
  return 0;
}

/** The shipped data as a base: from data/ in a checkout, else from the compiled dist/data.jsonl. */
function shippedData(root: string): Catalog | undefined {
  if (isDir(path.join(root, 'data', 'entities'))) return catalogOf(loadDataDir(path.join(root, 'data')).dataset);
  const compiled = path.join(root, 'dist', 'data.jsonl');
  return existsSync(compiled) ? openCompiled(compiled, root) : undefined;
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** The nearest folder above `from` whose package.json is this package's (works from src/ and from dist/). */
export function findPackageRoot(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && readName(manifest) === 'asean-ref') return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function readName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
