// `npm run test:vscode`: the extension-host suite (test/vscode) in an installed desktop VS Code through
// @vscode/test-electron. Never downloads VS Code: it uses VSCODE_EXECUTABLE_PATH or a VS Code it finds
// installed; without one it says so and exits 0 WITHOUT running anything (CI runs the same suite inside
// code-server's extension host: `npm run test:e2e`).
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVscodeSuite } from './build-vscode-suite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, command);
    if (dir && existsSync(file)) return realpathSync(file);
  }
  return undefined;
}

/** The VS Code (Electron) executable, not the `code` shell wrapper. */
function findVscode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  const home = os.homedir();
  const candidates = {
    linux: ['/usr/share/code/code', '/usr/share/code-insiders/code-insiders', '/snap/code/current/usr/share/code/code', '/opt/visual-studio-code/code'],
    darwin: ['/Applications/Visual Studio Code.app/Contents/MacOS/Electron', '/Applications/Visual Studio Code - Insiders.app/Contents/MacOS/Electron', path.join(home, 'Applications/Visual Studio Code.app/Contents/MacOS/Electron')],
    win32: [path.join(process.env.LOCALAPPDATA ?? '', 'Programs', 'Microsoft VS Code', 'Code.exe'), path.join(process.env.ProgramFiles ?? '', 'Microsoft VS Code', 'Code.exe')],
  }[process.platform] ?? [];
  const found = candidates.find((c) => existsSync(c));
  if (found) return found;
  // `code` on PATH is a wrapper script in <install>/bin/code; the executable sits one level up
  const wrapper = which(process.platform === 'win32' ? 'code.cmd' : 'code');
  if (wrapper) {
    const install = path.dirname(path.dirname(wrapper));
    for (const exe of ['code', 'Code.exe', '../MacOS/Electron']) {
      const file = path.resolve(install, exe);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

const vscodeExecutablePath = findVscode();
if (!vscodeExecutablePath) {
  console.log(
    [
      'test:vscode: NOT RUN — no desktop VS Code found (looked at VSCODE_EXECUTABLE_PATH, the usual install',
      'locations and `code` on PATH). Nothing is downloaded. Set VSCODE_EXECUTABLE_PATH=/path/to/code (the',
      'Electron executable) to run the extension-host suite here; CI runs the same suite inside code-server\'s',
      'extension host as part of `npm run test:e2e`.',
    ].join('\n'),
  );
  process.exit(0);
}

execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
const { suiteEntry } = await buildVscodeSuite({ runner: false });
const scratch = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-vscode-'));
const workspace = path.join(scratch, 'drafts');
cpSync(path.join(root, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });

console.log(`test:vscode: ${vscodeExecutablePath}`);
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: suiteEntry,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user-data'), '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`test:vscode: failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
