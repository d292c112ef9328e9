// `npm start`: the main job on a fresh clone — build and package the extension, install it into
// VS Code when a `code` command is on PATH, then show the engine working on the example drafts.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsix = path.join('dist', 'asean-ref.vsix');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const heading = (text) => console.log(`\n== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

heading('Build and package the extension');
run(npm, ['run', '--silent', 'package']);
console.log(`packaged ${vsix}`);

heading('Install into VS Code');
const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
if (code.status === 0) {
  run('code', ['--install-extension', vsix, '--force']);
  console.log('installed: open a Markdown file in VS Code and hover ARSOM.');
} else {
  console.log('`code` is not on PATH, so the extension was not installed.');
  console.log(`Install it by hand: code --install-extension ${vsix}  (or Extensions → ⋯ → Install from VSIX…)`);
}

heading('asean-ref scan examples/laporan-arsom.md');
run(process.execPath, ['dist/cli.js', 'scan', 'examples/laporan-arsom.md']);

heading('asean-ref lookup ARSOM');
run(process.execPath, ['dist/cli.js', 'lookup', 'ARSOM']);

heading('asean-ref check examples/*.md');
const check = spawnSync(process.execPath, ['dist/cli.js', 'check', '--fail-on', 'error', 'examples/*.md'], { cwd: root, stdio: 'inherit' });
if (check.status !== 0) process.exit(check.status ?? 1);
