/** `asean-ref check` over many drafts, as a subprocess, the way CI or a pre-commit hook runs it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../server/src/data/dataset';
import { generateDraft, mentionables } from './drafts';
import { round } from './stats';

export interface CliResult {
  files: number;
  bytesPerFile: number;
  ms: number;
  exitCode: number | null;
  outputLines: number;
  /** Files the CLI reported on (json output). */
  filesChecked?: number;
  findings?: number;
  note?: string;
}

export function runCliBench(cli: string, dataset: Dataset, dir: string, files: number, size: number, env: NodeJS.ProcessEnv = process.env): CliResult {
  if (!existsSync(cli)) return { files, bytesPerFile: size, ms: NaN, exitCode: null, outputLines: 0, note: `${cli} not built` };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pool = mentionables(dataset);
  for (let i = 0; i < files; i++) writeFileSync(path.join(dir, `draft-${String(i).padStart(4, '0')}.md`), generateDraft(dataset, { size, seed: 1000 + i }, pool).text);
  const t = performance.now();
  // A glob, as CI would pass it, run in the drafts' folder: the repository's .gitignore (bench/out/) would
  // otherwise leave every draft out, as the CLI skips what git ignores. Exit 1 just means findings.
  const r = spawnSync(process.execPath, [path.resolve(cli), 'check', '--format', 'json', '*.md'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 2 ** 20 });
  const ms = performance.now() - t;
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  let filesChecked: number | undefined;
  let findings: number | undefined;
  try {
    const json = JSON.parse(r.stdout) as { diagnostics: unknown[] }[];
    filesChecked = json.length;
    findings = json.reduce((n, f) => n + f.diagnostics.length, 0);
  } catch {
    // not JSON: an error message
  }
  const note = r.error ? String(r.error) : r.status === 2 ? `failed: ${output.trim().split('\n')[0]}` : undefined;
  return { files, bytesPerFile: size, ms: round(ms, 1), exitCode: r.status, outputLines: output ? output.split('\n').length : 0, filesChecked, findings, note };
}
