// What makes the extension feel native, seen in a real workbench (code-server + Chromium): references
// coloured in the editor but not in code, the language status item for Markdown only, and tooltips on
// references in the built-in Markdown preview.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CodeServer } from './harness/code-server';
import type { Browser } from './harness/playwright';
import { product, requireFile } from './harness/tools';
import * as inPage from './harness/in-page';
import { afterTest, launchChromium, Workbench } from './harness/workbench';
import { copyWorkspace } from './harness/workspace';

const DRAFT = 'tampilan.md';
const DRAFT_TEXT = 'Hasil ARSOM dibahas.\n\nKode `ARSOM` di sini.\n';
const NOTES = 'catatan.txt';

describe('VS Code (code-server) with the packaged extension: highlighting, status and preview', function () {
  this.timeout(120_000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    requireFile(product.vsix, 'run `npm run package` first');
    const workspace = copyWorkspace('Documents', 'laporan-tampilan');
    writeFileSync(path.join(workspace, DRAFT), DRAFT_TEXT);
    writeFileSync(path.join(workspace, NOTES), 'ARSOM di catatan biasa.\n');
    server = await CodeServer.start({
      name: 'workbench-native',
      workspace,
      extensions: [product.vsix],
      settings: { 'workbench.colorTheme': 'Default Light Modern', 'workbench.secondarySideBar.defaultVisibility': 'hidden' },
    });
    browser = await launchChromium();
    wb = await Workbench.open(browser, server);
    await wb.trustWorkspace();
    // trusting leaves the Workspace Trust editor open over the workbench: close it as a writer would, with its ×
    await wb.page.locator('.modal-editor-header .codicon-close, .modal-editor-header [aria-label^="Close"]').last().click();
    await wb.page.locator('.workspace-trust-editor').waitFor({ state: 'hidden' });
  });

  afterEach(function () {
    return afterTest(this.currentTest, wb, server);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('ARSOM is coloured in a paragraph, and not inside a code span', async () => {
    await wb.quickOpen(DRAFT, 'Hasil');
    const handle = await wb.page.waitForFunction(inPage.tokenColours, { word: 'ARSOM', proseStart: 'Hasil', codeStart: 'Kode' });
    const c = (await handle.jsonValue()) as inPage.TokenColours;
    assert.notEqual(c.word, c.prose, `ARSOM has a colour of its own (${c.word}), not the prose's`);
    assert.notEqual(c.code, c.word, `"${c.codeText}" inside backticks keeps the code colour (${c.code})`);
  });

  it('the language status of a Markdown editor shows the loaded entities and a Show Output link; a text file has none of ours', async () => {
    await wb.quickOpen(DRAFT, 'Hasil');
    const languageStatus = wb.page.locator('.part.statusbar [id="status.languageStatus"]');
    await languageStatus.hover();
    const ours = wb.page.locator('.hover-language-status', { hasText: 'ASEAN Ref' });
    await ours.waitFor({ state: 'visible' });
    await wb.page.waitForFunction(inPage.languageStatusReads, 'ASEAN Ref: \\d+ entities');
    assert.ok(await ours.locator('.monaco-link', { hasText: 'Show Output' }).isVisible(), 'a Show Output link');
    await wb.page.keyboard.press('Escape');

    await wb.quickOpen(NOTES);
    if (await languageStatus.isVisible()) {
      await languageStatus.hover();
      await wb.page.locator('.hover-language-status').first().waitFor({ state: 'visible' });
      assert.equal(await ours.count(), 0, 'no ASEAN Ref status in a plain-text editor');
    }
  });

  it('the Markdown preview shows a tooltip with the expansion on ARSOM, and none inside code', async () => {
    await wb.quickOpen(DRAFT, 'Hasil');
    // Markdown: Open Preview to the Side
    await wb.page.keyboard.press('Control+K');
    await wb.page.keyboard.press('V');
    // The preview is a webview: an iframe whose active frame holds the rendered draft.
    const preview = wb.page.frameLocator('iframe.webview').frameLocator('#active-frame');
    const abbr = preview.locator('abbr[title]', { hasText: 'ARSOM' }).first();
    await abbr.waitFor({ state: 'attached', timeout: 45_000 });
    assert.match((await abbr.getAttribute('title')) ?? '', /Pejabat Senior ASEAN-Rusia|ASEAN-Russia Senior Officials/);
    assert.equal(await preview.locator('code', { hasText: 'ARSOM' }).locator('abbr').count(), 0, 'no tooltip inside the code span');
    assert.equal(await preview.locator('code', { hasText: 'ARSOM' }).count(), 1, 'the code span is rendered');
  });
});
