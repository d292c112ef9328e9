// The extension-host suite (test/vscode, the same mocha tests `npm run test:vscode` runs in desktop VS Code)
// run for real inside code-server's extension host, next to the installed .vsix: a small runner extension
// runs it on startup and writes the results to a file that this test reads.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CodeServer } from './harness/code-server';
import type { Browser } from './harness/playwright';
import { product, requireFile, resultsDir, root } from './harness/tools';
import { launchChromium, Workbench } from './harness/workbench';
import { copyWorkspace } from './harness/workspace';

interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
  workspaceTrusted: boolean;
  vscodeVersion: string;
  tests: { title: string; state: string; error?: string }[];
  crashed?: string;
}

const modes = [
  { name: 'trusted', trust: true },
  { name: 'restricted', trust: false },
];

async function waitForFile(file: string, server: CodeServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (!server.isRunning) throw new Error(`code-server exited before the suite finished; log:\n${server.logTail()}`);
    if (Date.now() > deadline) throw new Error(`no results in ${file} after ${timeoutMs} ms; code-server log:\n${server.logTail()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

for (const mode of modes) {
  describe(`the extension-host suite (test/vscode) inside code-server, ${mode.name} workspace`, function () {
    this.timeout(240_000);
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    let wb: Workbench | undefined;
    let result: SuiteResult;

    before(async () => {
      requireFile(product.vsix, 'run `npm run package` first');
      const build = (await import(path.join(root, 'scripts', 'e2e', 'build-vscode-suite.mjs'))) as {
        buildVscodeSuite(): Promise<{ suiteEntry: string; runnerVsix: string }>;
      };
      const { suiteEntry, runnerVsix } = await build.buildVscodeSuite();
      const resultsFile = path.join(resultsDir, `exthost-${mode.name}`, 'results.json');
      server = await CodeServer.start({
        name: `exthost-${mode.name}`,
        workspace: copyWorkspace(mode.trust ? 'Documents' : 'Downloads', 'drafts'),
        extensions: [product.vsix, runnerVsix],
        settings: { 'workbench.secondarySideBar.defaultVisibility': 'hidden' },
        env: {
          ASEAN_REF_VSCODE_SUITE: suiteEntry,
          ASEAN_REF_VSCODE_RESULTS: resultsFile,
          ASEAN_REF_VSCODE_WAIT_FOR_TRUST: mode.trust ? '1' : '0',
        },
      });
      // the extension host starts when a workbench connects
      browser = await launchChromium();
      wb = await Workbench.open(browser, server);
      try {
        if (mode.trust) await wb.trustWorkspace();
        await waitForFile(resultsFile, server, 180_000);
      } catch (error) {
        console.log(`      screenshot: ${await wb.screenshotFailure('before-all').catch(() => '(none)')}`);
        throw error;
      }
      result = JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResult;
    });

    afterEach(async function () {
      if (this.currentTest?.state === 'failed' && wb) {
        const shot = await wb.screenshotFailure(this.currentTest.title).catch(() => '(no screenshot)');
        console.log(`      screenshot: ${shot}\n      code-server log: ${server?.logFile}`);
      }
    });

    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    it(`runs in a ${mode.trust ? 'trusted' : 'restricted'} workspace`, () => {
      assert.equal(result.crashed, undefined, `the suite crashed: ${result.crashed}`);
      assert.equal(result.workspaceTrusted, mode.trust);
    });

    it('every extension-host test passes', () => {
      for (const t of result.tests) console.log(`      ${t.state === 'passed' ? '✔' : t.state === 'failed' ? '✗' : '-'} ${t.title}`);
      const failed = result.tests.filter((t) => t.state === 'failed');
      assert.equal(failed.length, 0, failed.map((t) => `${t.title}\n${t.error}`).join('\n\n'));
      assert.ok(result.passes >= 7, `the whole suite ran (${result.passes} passed) in VS Code ${result.vscodeVersion}`);
    });
  });
}
