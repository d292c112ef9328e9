// Entry point of the extension-host suite: mocha over suite/*.test.js (compiled next to this file by
// scripts/e2e/build-vscode-suite.mjs). `run` is what @vscode/test-electron calls (extensionTestsPath);
// `runToFile` is what the e2e runner extension calls inside code-server, which cannot report to a terminal.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
  workspaceTrusted: boolean;
  vscodeVersion: string;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }[];
}

export async function runSuite(reporter: 'spec' | 'null' = 'spec'): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: reporter === 'null' ? Mocha.reporters.Base : 'spec' });
  const dir = path.join(__dirname, 'suite');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.js'))) mocha.addFile(path.join(dir, file));
  const result: SuiteResult = {
    passes: 0,
    failures: 0,
    pending: 0,
    workspaceTrusted: vscode.workspace.isTrusted,
    vscodeVersion: vscode.version,
    tests: [],
  };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      result.passes++;
      result.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
    });
    runner.on('fail', (test, error: Error) => {
      result.failures++;
      result.tests.push({ title: test.fullTitle(), state: 'failed', error: `${error.message}\n${error.stack ?? ''}` });
    });
    runner.on('pending', (test) => {
      result.pending++;
      result.tests.push({ title: test.fullTitle(), state: 'pending' });
    });
  });
  return result;
}

/** @vscode/test-electron: throws when a test failed, so the run exits non-zero. */
export async function run(): Promise<void> {
  const result = await runSuite('spec');
  if (result.failures > 0) throw new Error(`${result.failures} extension-host test(s) failed`);
  if (result.passes === 0) throw new Error('no extension-host tests ran');
}

/** The e2e runner extension: results go to a JSON file the harness reads (written last, atomically). */
export async function runToFile(file: string): Promise<void> {
  let result: SuiteResult | { crashed: string };
  try {
    result = await runSuite('null');
  } catch (error) {
    result = { crashed: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
  }
  writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
  renameSync(`${file}.tmp`, file);
}
