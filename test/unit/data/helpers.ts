/** Shared by the data tests: fixture paths, problems as a curator reads them, and a captured stdout/stderr. */
import path from 'node:path';
import { formatProblem, type Problem } from '../../../server/src/data/dataset';
import { loadDataDir } from '../../../server/src/data/load';

export const fixtures = path.resolve(__dirname, '../../fixtures/data');
/** A fake package root whose data/ is a small, valid data set (the "shipped" data in tests). */
export const shippedRoot = path.join(fixtures, 'shipped');
export const repoRoot = path.resolve(__dirname, '../../..');

/** `file:line:col: message` lines with paths relative to `dir`, as `data:check` prints them from there. */
export function lines(problems: readonly Problem[], dir: string): string[] {
  return problems.map((p) => formatProblem({ ...p, file: path.relative(dir, p.file) }));
}

/** The problems of a fixture data dir, checked on its own. */
export function problemsOf(caseName: string): string[] {
  const dir = path.join(fixtures, caseName);
  return lines(loadDataDir(dir).problems, dir);
}

export function capture(): { io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean } }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: (s: string) => ((err += s), true) } },
    out: () => out,
    err: () => err,
  };
}
