// The packaged .vsix in a real VS Code workbench (code-server) driven through Chromium like a writer would:
// hover, type prose and check nothing was rewritten, accept an offer, F12, follow a link; once in a trusted
// folder, once in Restricted Mode.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CodeServer } from './harness/code-server';
import { passagesIn, quotedPassages, quoteHead, type QuotedPassage } from './harness/data';
import type { Browser } from './harness/playwright';
import { product, requireFile } from './harness/tools';
import { afterTest, launchChromium, Workbench } from './harness/workbench';
import { copyWorkspace } from './harness/workspace';
import { drafts, indonesian } from './fixtures/drafts';
import { assertArsomCard, sourceLink } from './fixtures/expectations';
import { endsInOffer, typedProse } from './fixtures/prose';

/** A new, empty draft the prose test types into. */
const PROSE_FILE = 'catatan-baru.md';

const modes = [
  { name: 'trusted', title: 'a trusted folder', parent: 'Documents', trust: true },
  { name: 'restricted', title: 'a folder opened from a download (Restricted Mode)', parent: 'Downloads', trust: false },
];

const squash = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * The editor shows the quoted passage: either selected (VS Code reveals a definition's range selected, the
 * cursor at its end; the status bar reads "Ln 16, Col 135 (95 selected)"), or with the cursor at its start.
 */
async function assertOnPassage(wb: Workbench, passages: QuotedPassage[], fileName: string): Promise<void> {
  const inFile = passages.filter((p) => p.fileName === fileName);
  assert.ok(inFile.length, `${fileName} is one of the articles that back the entity`);
  // the tab shows before the cursor moves: wait (on the status bar) for the cursor to land
  await wb.waitForCursorOn(inFile.flatMap((p) => [p.line, p.endLine]));
  const { line, column, selected } = await wb.cursorPosition();
  const text = await wb.lineText(line);
  const where = `Ln ${line}, Col ${column}${selected ? ` (${selected} selected)` : ''}`;
  if (selected > 0) {
    const passage = inFile.find((p) => p.endLine === line && p.quote.length === selected);
    assert.ok(passage, `the selection (${where}) is one of the quoted passages: ${inFile.map((p) => `Ln ${p.line}-${p.endLine}, ${p.quote.length} chars`).join('; ')}`);
    const lastLine = passage.quote.split('\n').at(-1) ?? '';
    assert.ok(
      squash(text.slice(0, column - 1)).endsWith(squash(lastLine)),
      `the selection (${where}) ends with the quote "…${lastLine.slice(-40)}"; the line reads "${text.slice(0, column - 1).slice(-60)}"`,
    );
  } else {
    const passage = inFile.find((p) => p.line === line);
    assert.ok(passage, `the cursor (${where}, "${text.slice(0, 60)}") is where a quoted passage starts: line(s) ${inFile.map((p) => p.line).join(', ')}`);
    const fromCursor = squash(text.slice(column - 1));
    assert.ok(
      fromCursor.startsWith(quoteHead(passage.quote).slice(0, fromCursor.length)),
      `the cursor (${where}) is at the quote "${quoteHead(passage.quote)}…"; from the cursor the line reads "${fromCursor.slice(0, 80)}"`,
    );
  }
}

for (const mode of modes) {
  describe(`VS Code (code-server) with the packaged extension, in ${mode.title}`, function () {
    this.timeout(120_000);
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    let wb: Workbench;
    let workspace: string;

    before(async function () {
      this.timeout(180_000);
      requireFile(product.vsix, 'run `npm run package` first');
      workspace = copyWorkspace(mode.parent, mode.trust ? 'laporan-tim' : 'laporan-dari-email');
      writeFileSync(path.join(workspace, PROSE_FILE), '');
      server = await CodeServer.start({
        name: `workbench-${mode.name}`,
        workspace,
        extensions: [product.vsix],
        settings: {
          'workbench.colorTheme': 'Default Light Modern',
          'workbench.secondarySideBar.defaultVisibility': 'hidden',
        },
      });
      browser = await launchChromium();
      wb = await Workbench.open(browser, server);
      try {
        if (mode.trust) await wb.trustWorkspace();
        else await wb.expectRestrictedMode();
      } catch (error) {
        console.log(`      screenshot: ${await wb.screenshotFailure('before-all').catch(() => '(none)')}`);
        throw error;
      }
    });

    afterEach(function () {
      return afterTest(this.currentTest, wb, server);
    });

    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    it(mode.trust ? 'the folder is trusted (no Restricted Mode)' : 'the folder opens in Restricted Mode', async () => {
      assert.equal(await wb.restrictedModeIndicator.isVisible(), !mode.trust);
    });

    for (const draft of drafts) {
      describe(`in the ${draft.languageName} draft`, () => {
        it('hovering ARSOM shows the ASEAN-Russia SOM card with its 16th meeting in Bali 2019 and a source', async () => {
          await wb.quickOpen(draft.fileName, 'ARSOM');
          const card = await wb.hoverWord('ARSOM', /Bali/);
          assertArsomCard(card);
          const links = await wb.hoverLinks();
          assert.ok(links.some((l) => sourceLink.test(l.href)), `the card links a source article; links: ${JSON.stringify(links)}`);
          await wb.dismissHover();
        });

        it('typing "ARS" shows "OM" as grey inline text, without Ctrl+Space, and Tab accepts it', async () => {
          await wb.quickOpen(draft.fileName, 'ARSOM');
          await wb.typeOnNewLineAtEnd(`${draft.typedBeforeAcronym}ARS`);
          assert.equal(await wb.waitForGhostText(/^OM/), 'OM');
          assert.equal(await wb.suggestWidget.isVisible(), false, 'no suggest widget opens by itself');
          await wb.page.keyboard.press('Tab');
          assert.equal((await wb.cursorLineText()).trimEnd(), `${draft.typedBeforeAcronym}ARSOM`);
        });

        it('Ctrl+Space then Enter after "ARS" inserts ARSOM, the top item', async () => {
          await wb.quickOpen(draft.fileName, 'ARSOM');
          await wb.typeOnNewLineAtEnd(`${draft.typedBeforeAcronym}ARS`);
          await wb.page.keyboard.press('Control+Space');
          const rows = await wb.waitForSuggestion(/^ARSOM/);
          assert.match(rows[0].label, /^ARSOM\b/, `first suggestion is ARSOM; the list: ${rows.map((r) => r.label).join(' | ')}`);
          assert.ok(rows[0].focused, 'the top item is selected after Ctrl+Space');
          assert.notEqual(rows[0].kind, 'text', 'the first ARSOM is the extension\'s item, not a word from the document');
          await wb.page.keyboard.press('Enter');
          await wb.suggestWidget.waitFor({ state: 'hidden' });
          assert.equal((await wb.cursorLineText()).trimEnd(), `${draft.typedBeforeAcronym}ARSOM`);
        });

        it('F12 on AOIP opens the source article with the cursor on the quoted passage', async () => {
          const passages = quotedPassages('AOIP');
          assert.ok(passages.length, 'the AOIP entity quotes at least one source article');
          await wb.quickOpen(draft.fileName, 'AOIP');
          const { fileName } = await wb.goToDefinition('AOIP', [...new Set(passages.map((p) => p.fileName))]);
          await assertOnPassage(wb, passages, fileName);
        });

        it('a source link in the ARSOM card opens the article at the quoted passage', async () => {
          await wb.quickOpen(draft.fileName, 'ARSOM');
          await wb.hoverWord('ARSOM', /Bali/);
          const link = (await wb.hoverLinks()).find((l) => sourceLink.test(l.href));
          assert.ok(link, 'the card links a source article');
          const fileName = sourceLink.exec(link.href)![0].replace('sources/', '');
          await wb.clickHoverLink(sourceLink);
          await wb.activeTab(fileName).waitFor({ state: 'visible' });
          await assertOnPassage(wb, passagesIn(fileName), fileName);
        });
      });
    }

    if (mode.trust) {
      it(`typing ${typedProse.length} lines of ordinary prose, Enter after each, saves exactly what was typed`, async function () {
        this.timeout(300_000);
        await wb.quickOpen(PROSE_FILE);
        await wb.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        for (const line of typedProse) {
          // Where the line ends inside a reference, Enter is pressed while the grey offer shows.
          await wb.typeLine(line, endsInOffer.has(line) ? () => wb.waitForGhostText(/\S/, 15_000) : undefined);
        }
        await wb.save(PROSE_FILE);
        const typed = `${typedProse.join('\n')}\n`;
        const saved = readFileSync(path.join(workspace, PROSE_FILE), 'utf8');
        const differing = typedProse.filter((line, i) => saved.split('\n')[i] !== line);
        assert.equal(saved, typed, `lines that changed: ${differing.join(' | ')}`);
      });
    }

    // after the drafts' suites (mocha runs a suite's own tests before its child suites)
    describe('completing an ordinal in the Indonesian draft', () => {
      const ke42 = /^KTT ASEAN ke-42\b/;

      // "KTT ASEAN ke-4" is a whole reference now that the data holds every summit: nothing is offered after it.
      it('typing "ARSOM ke-1" shows the ordinal of the 16th as grey inline text, without Ctrl+Space, and no suggest widget', async () => {
        await wb.quickOpen(indonesian.fileName, 'ARSOM');
        await wb.typeOnNewLineAtEnd('Persiapan ARSOM ke-1');
        assert.match(await wb.waitForGhostText(/^\d/, 15_000), /^\d$/);
        assert.equal(await wb.suggestWidget.isVisible(), false);
        await wb.page.keyboard.press('Escape');
      });

      it('accepting "KTT ASEAN ke-42" after "KTT ASEAN ke-4" (Ctrl+Space) leaves "KTT ASEAN ke-42"', async () => {
        await wb.quickOpen(indonesian.fileName, 'ARSOM');
        await wb.typeOnNewLineAtEnd('Persiapan KTT ASEAN ke-4');
        await wb.page.keyboard.press('Control+Space');
        const rows = await wb.waitForSuggestion(ke42);
        await wb.acceptSuggestion(rows.find((r) => ke42.test(r.label))!.label);
        assert.equal((await wb.cursorLineText()).trimEnd(), 'Persiapan KTT ASEAN ke-42');
      });
    });

    it('the quick fix (Ctrl+.) on an acronym not spelled out at first use writes its expansion in the draft\'s language', async () => {
      await wb.quickOpen(indonesian.fileName, 'ARSOM');
      await wb.typeOnNewLineAtEnd('Catatan TPPO dibahas.');
      await wb.page.keyboard.press('Home');
      for (let i = 0; i < 9; i++) await wb.page.keyboard.press('ArrowRight');
      // The finding arrives after the typing pause: ask for the quick fixes until the server's is offered.
      const fix = wb.page.locator('text="Tulis kepanjangan: Tindak Pidana Perdagangan Orang (TPPO)"').first();
      for (let tries = 0; ; tries++) {
        await wb.page.keyboard.press('Control+.');
        if (await fix.waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
        await wb.page.keyboard.press('Escape');
        if (tries > 15) throw new Error('the quick fix was never offered');
      }
      await fix.click();
      assert.equal((await wb.cursorLineText()).trimEnd(), 'Catatan Tindak Pidana Perdagangan Orang (TPPO) dibahas.');
    });
  });
}
