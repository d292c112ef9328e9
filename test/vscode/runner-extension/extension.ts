// A test-runner extension installed beside asean-ref in code-server: on startup it runs the extension-host
// mocha suite (its compiled entry is named by ASEAN_REF_VSCODE_SUITE) and writes the results to
// ASEAN_REF_VSCODE_RESULTS. With ASEAN_REF_VSCODE_WAIT_FOR_TRUST=1 it first waits until the folder is trusted.
import * as vscode from 'vscode';

interface Suite {
  runToFile(file: string): Promise<void>;
}

export async function activate(): Promise<void> {
  const suite = process.env.ASEAN_REF_VSCODE_SUITE;
  const results = process.env.ASEAN_REF_VSCODE_RESULTS;
  if (!suite || !results) return;
  if (process.env.ASEAN_REF_VSCODE_WAIT_FOR_TRUST === '1' && !vscode.workspace.isTrusted) {
    await new Promise<void>((resolve) => vscode.workspace.onDidGrantWorkspaceTrust(() => resolve()));
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runToFile } = require(suite) as Suite;
  await runToFile(results);
}

export function deactivate(): void {}
