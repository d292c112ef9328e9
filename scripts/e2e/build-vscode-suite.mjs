// Compiles the extension-host suite (test/vscode) for a real extension host, and packages the small
// runner extension that runs it inside code-server. Output (gitignored):
//   .vscode-test/suite/index.js, .vscode-test/suite/suite/*.test.js   mocha entry + tests (vscode, mocha external)
//   .vscode-test/asean-ref-e2e-runner.vsix                            the runner extension
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, '.vscode-test');
const suiteOut = path.join(out, 'suite');
const runnerOut = path.join(out, 'runner-extension');
export const paths = {
  suiteEntry: path.join(suiteOut, 'index.js'),
  runnerVsix: path.join(out, 'asean-ref-e2e-runner.vsix'),
};

export async function buildVscodeSuite({ runner = true } = {}) {
  rmSync(suiteOut, { recursive: true, force: true });
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning' };
  const tests = readdirSync(path.join(root, 'test/vscode/suite')).filter((f) => f.endsWith('.test.ts'));
  await Promise.all([
    // mocha stays external: it is required from the project's node_modules at run time
    esbuild.build({ ...common, entryPoints: ['test/vscode/index.ts'], outfile: paths.suiteEntry, external: ['vscode', 'mocha'] }),
    ...tests.map((t) =>
      esbuild.build({ ...common, entryPoints: [`test/vscode/suite/${t}`], outfile: path.join(suiteOut, 'suite', t.replace(/\.ts$/, '.js')), external: ['vscode'] }),
    ),
  ]);
  if (!runner) return paths;

  rmSync(runnerOut, { recursive: true, force: true });
  mkdirSync(runnerOut, { recursive: true });
  await esbuild.build({ ...common, sourcemap: false, entryPoints: ['test/vscode/runner-extension/extension.ts'], outfile: path.join(runnerOut, 'extension.js'), external: ['vscode'] });
  copyFileSync(path.join(root, 'test/vscode/runner-extension/package.json'), path.join(runnerOut, 'package.json'));
  writeFileSync(path.join(runnerOut, 'README.md'), '# asean-ref e2e runner\n\nRuns the extension-host tests inside code-server.\n');
  writeFileSync(path.join(runnerOut, 'LICENSE'), 'MIT\n');
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', paths.runnerVsix], {
    cwd: runnerOut,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildVscodeSuite();
  console.log(`built ${path.relative(root, built.suiteEntry)} and ${path.relative(root, built.runnerVsix)}`);
}
