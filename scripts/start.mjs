// `npm start`: the main job on a fresh clone — build and package the extension, install it into
// VS Code when a `code` command is on PATH, then show the engine working on the example drafts.
// Every step says what it does; the first one that fails stops the run with its name and exit code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsix = 'dist/asean-ref.vsix';
const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';
const indonesianDraft = 'examples/laporan-arsom.md';
const englishDraft = 'examples/brief-aoip.md';

const heading = (text) => console.log(`\n== ${text} ${'='.repeat(Math.max(3, 72 - text.length))}\n`);

/** Runs a command with the terminal attached; on failure, says which step failed and exits with its code. */
function run(step, cmd, args) {
  console.log(`$ ${[cmd === process.execPath ? 'node' : cmd, ...args].join(' ')}`);
  // .cmd files (npm, code) need a shell on Windows; node itself does not (and its path may hold spaces).
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: windows && cmd !== process.execPath });
  if (r.status === 0) return;
  const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`;
  console.error(`\nnpm start: FAILED at "${step}" (${why}).`);
  process.exit(typeof r.status === 'number' && r.status !== 0 ? r.status : 1);
}

const cli = (step, ...args) => run(step, process.execPath, ['dist/cli.js', ...args]);

let step = 'Build and package the extension';
heading(step);
run(step, npm, ['run', '--silent', 'package']);
console.log(`\npackaged ${vsix}`);

step = 'Install into VS Code';
heading(step);
const probe = spawnSync('code', ['--version'], { encoding: 'utf8', shell: windows });
if (probe.status === 0) {
  run(step, 'code', ['--install-extension', vsix, '--force']);
  console.log(`\nInstalled into VS Code ${probe.stdout.split('\n')[0]}. Open a Markdown draft and hover ARSOM.`);
} else {
  console.log('No `code` command on PATH, so the extension was NOT installed into VS Code.');
  console.log('To install it by hand, either:');
  console.log(`  - in VS Code: Extensions view → "…" menu → Install from VSIX… → ${path.join(root, vsix)}`);
  console.log(`  - or put \`code\` on PATH (VS Code: "Shell Command: Install 'code' command in PATH") and run:`);
  console.log(`      code --install-extension ${vsix} --force`);
}

step = `asean-ref scan ${indonesianDraft}`;
heading(step);
cli(step, 'scan', indonesianDraft);

step = 'asean-ref lookup ARSOM';
heading(step);
cli(step, 'lookup', 'ARSOM');

step = `asean-ref check ${indonesianDraft} ${englishDraft}`;
heading(step);
// Information and hints are shown but do not fail the demo; the drafts name one summit the record lacks.
cli(step, 'check', '--fail-on', 'error', indonesianDraft, englishDraft);

heading('Done');
console.log('The same engine from a terminal (also as `npx asean-ref …` in this folder, or `asean-ref` after `npm i -g .`):');
console.log('  asean-ref check "reports/**/*.md" --format sarif   findings for CI and pull requests');
console.log('  asean-ref glossary examples/laporan-arsom.md        the draft\'s abbreviations as a Markdown table');
console.log('  asean-ref --help                                     every command');
