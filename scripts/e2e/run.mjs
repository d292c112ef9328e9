// Entry point of the real-editor tests:
//   node scripts/e2e/run.mjs test [mocha args]   (npm run test:e2e)    install tools, package, run all e2e suites
//   node scripts/e2e/run.mjs screenshots         (npm run screenshots) install tools, package, regenerate docs/images
// E2E_SKIP_INSTALL=1 / E2E_SKIP_PACKAGE=1 skip those steps (e.g. when .ci/run has just done them).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [command = 'test', ...rest] = process.argv.slice(2);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function step(title, file, args, env = {}) {
  const t = Date.now();
  console.log(`\n▶ ${title}`);
  try {
    execFileSync(file, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  } catch (error) {
    console.error(`✗ ${title} failed after ${seconds(t)}`);
    process.exit(typeof error.status === 'number' && error.status > 0 ? error.status : 1);
  }
  console.log(`✓ ${title} (${seconds(t)})`);
}

if (!['test', 'screenshots'].includes(command)) {
  console.error(`usage: node scripts/e2e/run.mjs test|screenshots [mocha args]`);
  process.exit(2);
}

step('project dependencies', process.execPath, [path.join(root, 'scripts', 'ensure-deps.mjs')]);
if (process.env.E2E_SKIP_INSTALL !== '1') step('e2e tools (scripts/e2e/install.sh)', 'bash', [path.join(root, 'scripts', 'e2e', 'install.sh')]);
if (process.env.E2E_SKIP_PACKAGE !== '1') step('npm run package (dist/asean-ref.vsix, dist/server.js)', 'npm', ['run', 'package', '--silent']);

const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
if (command === 'screenshots') {
  step('screenshots → docs/images', process.execPath, [tsx, path.join(root, 'test', 'e2e', 'screenshots.ts')]);
} else {
  step('e2e suites: workbench (Playwright), extension host in code-server, Neovim', process.execPath, [
    mocha,
    '--config',
    path.join(root, 'test', 'e2e', '.mocharc.json'),
    ...rest,
  ]);
}
console.log(`\ntotal ${seconds(started)}`);
