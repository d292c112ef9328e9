/**
 * Which drafts a `check` command line names, the way markdownlint-cli2 and cspell read theirs: files,
 * folders (their Markdown files, at any depth), globs, `!pattern` and `--exclude pattern` to leave files
 * out, `-` for standard input; what .gitignore ignores is skipped when a folder or glob is expanded.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

/** The draft read from standard input. */
export const STDIN = '-';

export interface Expanded {
  /** In the order given; a glob's or folder's matches sorted; each file once. */
  files: string[];
  /** Globs and folders that matched no file. */
  unmatched: string[];
}

export interface SelectOptions {
  /** Patterns (like `!pattern` arguments) of files to leave out. */
  exclude?: readonly string[];
  /** Skip what .gitignore files ignore (default true). */
  gitignore?: boolean;
}

const MARKDOWN = '**/*.{md,markdown}';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export async function expand(args: readonly string[], cwd: string, options: SelectOptions = {}): Promise<Expanded> {
  const negated = args.filter((a) => a.startsWith('!') && a.length > 1).map((a) => a.slice(1));
  const excluded = [...negated, ...(options.exclude ?? [])].flatMap((p) => [p, `${p.replace(/\/+$/, '')}/**`]);
  const isExcluded = excluded.length ? picomatch(excluded, { dot: true }) : () => false;
  const ignoredByGit = options.gitignore === false ? () => false : await gitignoreFilter(cwd);
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('!') && arg.length > 1) continue;
    if (arg === STDIN) {
      files.push(arg);
      continue;
    }
    const folder = !isDynamicPattern(arg) && isDir(path.resolve(cwd, arg));
    if (!folder && !isDynamicPattern(arg)) {
      if (!isExcluded(relative(cwd, arg))) files.push(arg);
      continue;
    }
    const pattern = folder ? `${arg.replace(/[\\/]+$/, '')}/${MARKDOWN}` : arg;
    const found = (await glob(pattern, { cwd, absolute: path.isAbsolute(arg), ignore: [...ALWAYS_SKIPPED, ...excluded], dot: false, onlyFiles: true, expandDirectories: false }))
      .filter((f) => !isExcluded(relative(cwd, f)) && !ignoredByGit(relative(cwd, f)))
      .sort();
    if (found.length === 0) unmatched.push(arg);
    files.push(...found);
  }
  return { files: [...new Set(files)], unmatched };
}

const relative = (cwd: string, file: string): string => path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every .gitignore in the working folder and below it, each applied to the paths under its own folder.
 * (A .gitignore above the working folder is not read: run from the repository's root to have it.)
 */
async function gitignoreFilter(cwd: string): Promise<(file: string) => boolean> {
  const found = await glob('**/.gitignore', { cwd, ignore: ALWAYS_SKIPPED, dot: true, onlyFiles: true, expandDirectories: false });
  const rules: { dir: string; ig: Ignore }[] = [];
  for (const file of found) {
    const full = path.join(cwd, file);
    if (!existsSync(full)) continue;
    const dir = path.posix.dirname(file.split(path.sep).join('/'));
    rules.push({ dir: dir === '.' ? '' : `${dir}/`, ig: ignore().add(readFileSync(full, 'utf8')) });
  }
  if (rules.length === 0) return () => false;
  return (file) => !file.startsWith('../') && rules.some(({ dir, ig }) => file.startsWith(dir) && ig.ignores(file.slice(dir.length)));
}
