// Drives the VS Code workbench in Chromium as a person would: quick open, mouse hover, typing, F12.
// Every wait is on DOM state (Playwright's auto-waiting or waitForFunction), never a fixed sleep.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeServer } from './code-server';
import { loadPlaywright, type Box, type Browser, type BrowserContext, type Locator, type Page } from './playwright';
import * as inPage from './in-page';
import type { HoverLink, SuggestionRow } from './in-page';
import { tools } from './tools';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium, never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = loadPlaywright();
  return chromium.launch({ executablePath: tools.chromium, headless: true, args: chromiumArgs, timeout: 60_000 });
}

/**
 * A suite's afterEach: for a failed test, a screenshot and where the code-server log is; then Escape, so
 * the next test starts with no widget open.
 */
export async function afterTest(test: { state?: string; fullTitle(): string } | undefined, wb: Workbench | undefined, server: CodeServer | undefined): Promise<void> {
  if (test?.state === 'failed' && wb) {
    const shot = await wb.screenshotFailure(test.fullTitle()).catch(() => '(no screenshot)');
    console.log(`      screenshot: ${shot}\n      code-server log: ${server?.logFile}`);
  }
  if (wb) await wb.page.keyboard.press('Escape');
}

const editor = '.editor-instance .monaco-editor';

export class Workbench {
  private failures = 0;

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    readonly server: CodeServer,
  ) {}

  /** Opens the workbench of a running code-server in a fresh browser context. */
  static async open(browser: Browser, server: CodeServer, options: { deviceScaleFactor?: number } = {}): Promise<Workbench> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      locale: 'en-US',
    });
    // tsx compiles this file with esbuild's keepNames: functions handed to page.evaluate call __name()
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const wb = new Workbench(page, context, server);
    page.on('console', (message) => wb.remember(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => wb.remember(`[pageerror] ${error.message}`));
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
    // the explorer lists the workspace folder once the remote file system is connected
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
    return wb;
  }

  /** The workbench's recent console output, saved beside a failure's screenshot. */
  private readonly console: string[] = [];

  private remember(line: string): void {
    this.console.push(`${new Date().toISOString()} ${line}`);
    if (this.console.length > 300) this.console.shift();
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  // --- workspace trust ---------------------------------------------------------------------------------

  get restrictedModeIndicator(): Locator {
    return this.page.locator('.part.statusbar .statusbar-item', { hasText: 'Restricted Mode' });
  }

  /** A folder from e-mail or downloads opens in Restricted Mode: the status bar says so. */
  async expectRestrictedMode(): Promise<void> {
    await this.restrictedModeIndicator.waitFor({ state: 'visible' });
  }

  /** Trusts the folder the way a writer does: Restricted Mode banner → Manage → Trust. */
  async trustWorkspace(): Promise<void> {
    await this.expectRestrictedMode();
    await this.page.locator('.part.banner a', { hasText: 'Manage' }).click();
    await this.page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first().click();
    await this.restrictedModeIndicator.waitFor({ state: 'hidden' });
  }

  // --- files ---------------------------------------------------------------------------------------------

  /** Ctrl+P, type the file name, Enter; waits until the editor shows it. */
  async quickOpen(fileName: string, expectText?: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const quickInput = this.page.locator('.quick-input-widget');
    await quickInput.waitFor({ state: 'visible' });
    await this.page.keyboard.type(fileName);
    // the list filters as you type: Enter only once the file is the focused row
    await quickInput.locator('.monaco-list-row.focused', { hasText: fileName }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await quickInput.waitFor({ state: 'hidden' });
    await this.activeTab(fileName).waitFor({ state: 'visible' });
    if (expectText) await this.page.locator(`${editor} .view-lines`, { hasText: expectText }).first().waitFor();
  }

  /** Waits until one of `fileNames` is the active tab; resolves with it. */
  async activeTabAmong(fileNames: string[]): Promise<string> {
    return (await (await this.page.waitForFunction(inPage.activeTabAmong, fileNames)).jsonValue()) as string;
  }

  activeTab(fileName: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: fileName });
  }

  /** "Ln 12, Col 5" in the status bar. */
  async cursorPosition(): Promise<{ line: number; column: number; selected: number }> {
    const text = await this.page.locator('[id="status.editor.selection"]').innerText();
    const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
    if (!match) throw new Error(`unexpected status bar selection text: ${text}`);
    return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
  }

  /** Waits until the status bar shows the cursor on one of `lines`; false when it does not within the timeout. */
  async waitForCursorOn(lines: number[], timeout = 10_000): Promise<boolean> {
    return this.page
      .waitForFunction(inPage.cursorOnLine, lines, { timeout })
      .then(() => true)
      .catch(() => false);
  }

  // --- editor text ---------------------------------------------------------------------------------------

  /** Screen box of the n-th occurrence of `text` in the visible lines of the active editor. */
  async boxOf(text: string, occurrence = 0): Promise<Box> {
    const box = await this.page.evaluate(inPage.boxOf, { selector: editor, text, occurrence });
    if (!box) throw new Error(`"${text}" is not on screen in the active editor`);
    return box;
  }

  /** Clicks into the middle of a word: puts the cursor there. */
  async clickWord(word: string, occurrence = 0): Promise<void> {
    const box = await this.boxOf(word, occurrence);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** The logical line the cursor is on, as shown (wrapped segments joined). */
  async cursorLineText(): Promise<string> {
    const { line } = await this.cursorPosition();
    return this.lineText(line);
  }

  /** Text of a (visible) logical line of the active editor, found by its line number in the gutter. */
  async lineText(lineNumber: number): Promise<string> {
    const text = await this.page.evaluate(inPage.lineText, { selector: editor, lineNumber });
    if (text === null) throw new Error(`line ${lineNumber} is not on screen`);
    return text;
  }

  /** Ctrl+End, Enter, then types like a person (key by key). */
  async typeOnNewLineAtEnd(text: string): Promise<void> {
    await this.page.locator(`${editor} .view-lines`).first().click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text, { delay: 40 });
  }

  /** Types a line key by key and presses Enter, as a writer does at the end of each line; `beforeEnter` waits for something first. */
  async typeLine(text: string, beforeEnter?: () => Promise<unknown>): Promise<void> {
    await this.page.keyboard.type(text, { delay: 25 });
    await beforeEnter?.();
    await this.page.keyboard.press('Enter');
  }

  /** Ctrl+S; waits until the tab no longer shows unsaved changes. */
  async save(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: fileName }).waitFor({ state: 'visible' });
  }

  // --- inline (ghost text) offers ------------------------------------------------------------------------

  /** The grey text an inline offer shows after the cursor. */
  get ghostText(): Locator {
    return this.page.locator(`${editor} .ghost-text-decoration, ${editor} .ghost-text`).filter({ visible: true }).first();
  }

  /** Waits for an inline offer whose grey text matches. */
  async waitForGhostText(text: RegExp, timeout = 30_000): Promise<string> {
    await this.page.locator(`${editor} .ghost-text-decoration, ${editor} .ghost-text`, { hasText: text }).filter({ visible: true }).first().waitFor({ state: 'visible', timeout });
    return this.ghostText.innerText();
  }

  // --- hover ---------------------------------------------------------------------------------------------

  /** The editor's hover widget (the one that holds rendered Markdown). */
  get hoverWidget(): Locator {
    return this.page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: /\S/ }).filter({ visible: true }).first();
  }

  /**
   * Moves the mouse onto a word and waits until the hover widget shows `expect`. The language server may
   * still be starting: then the hover shows nothing; the mouse is moved off and on again until it does.
   */
  async hoverWord(word: string, expect: RegExp, timeout = 45_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    for (;;) {
      const box = await this.boxOf(word);
      await this.page.mouse.move(box.x - 40, box.y + box.height * 3);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      try {
        await this.page
          .locator('.monaco-editor .monaco-hover', { hasText: expect })
          .filter({ visible: true })
          .first()
          .waitFor({ state: 'visible', timeout: Math.min(5_000, Math.max(1, deadline - Date.now())) });
        return await this.hoverWidget.innerText();
      } catch (error) {
        last = (await this.hoverWidget.isVisible()) ? await this.hoverWidget.innerText().catch(() => '') : '(no hover)';
        if (Date.now() >= deadline) {
          throw new Error(`hovering "${word}" did not show ${expect} within ${timeout} ms; hover showed: ${last}`, { cause: error });
        }
      }
    }
  }

  /** The links in the visible hover card. */
  async hoverLinks(): Promise<HoverLink[]> {
    return this.hoverWidget.evaluate(inPage.links, undefined);
  }

  /** Clicks the first link in the hover card whose target matches. */
  async clickHoverLink(href: RegExp): Promise<void> {
    const links = await this.hoverLinks();
    const index = links.findIndex((l) => href.test(l.href));
    if (index < 0) throw new Error(`no link to ${href} in the hover; links: ${JSON.stringify(links)}`);
    await this.hoverWidget.locator('a').nth(index).click();
  }

  async dismissHover(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.mouse.move(5, 400);
    await this.page.locator('.monaco-editor .monaco-hover', { hasText: /\S/ }).filter({ visible: true }).first()
      .waitFor({ state: 'hidden' }).catch(() => undefined);
  }

  // --- go to definition ----------------------------------------------------------------------------------

  /**
   * Clicks into a word and presses F12. One definition opens its file; several open the Peek view, where
   * Enter opens the selected one. Resolves with how it went and the file now active.
   */
  async goToDefinition(word: string, expectFiles: string[]): Promise<{ via: 'editor' | 'peek'; fileName: string }> {
    await this.clickWord(word);
    await this.page.keyboard.press('F12');
    const via = (await (await this.page.waitForFunction(inPage.definitionShown, expectFiles)).jsonValue()) as 'editor' | 'peek';
    if (via === 'peek') {
      await this.page.locator('.peekview-widget .monaco-list-row.selected, .peekview-widget .monaco-list-row.focused').first().waitFor();
      await this.page.keyboard.press('Enter');
    }
    return { via, fileName: await this.activeTabAmong(expectFiles) };
  }

  // --- suggest widget ------------------------------------------------------------------------------------

  get suggestWidget(): Locator {
    return this.page.locator('.editor-widget.suggest-widget.visible');
  }

  /** Rows of the open suggest widget in list order: label, description, detail, kind icon, focused. */
  async suggestions(): Promise<SuggestionRow[]> {
    await this.suggestWidget.locator('.monaco-list-row').first().waitFor({ state: 'visible' });
    return this.suggestWidget.evaluate(inPage.suggestionRows, undefined);
  }

  /** Waits for the suggest widget to list a row whose label passes `test`. */
  async waitForSuggestion(test: RegExp, timeout = 30_000): Promise<SuggestionRow[]> {
    await this.page.waitForFunction(inPage.suggestionListed, test.source, { timeout });
    return this.suggestions();
  }

  /** Moves the focus down to the row whose label matches, then presses Enter to accept it. */
  async acceptSuggestion(label: string): Promise<void> {
    for (let i = 0; i < 12; i++) {
      const rows = await this.suggestions();
      const focused = rows.find((r) => r.focused);
      if (focused?.label === label) {
        await this.page.keyboard.press('Enter');
        await this.suggestWidget.waitFor({ state: 'hidden' });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
      await this.page.waitForFunction(inPage.focusedSuggestionIsNot, focused?.label ?? '');
    }
    throw new Error(`no suggestion labelled "${label}" to accept`);
  }

  // --- screenshots ---------------------------------------------------------------------------------------

  /** A screenshot of the editor area plus whatever widget floats over it. */
  async screenshotEditor(file: string): Promise<void> {
    const box = await this.page.locator('.part.editor').boundingBox();
    await this.page.screenshot({ path: file, clip: box ?? undefined });
  }

  /** A screenshot of the region around some boxes (e.g. a word and its hover card), inside the editor area. */
  async screenshotAround(boxes: (Box | null)[], file: string, padding = 24): Promise<void> {
    const area = await this.page.locator('.part.editor').boundingBox();
    const present = boxes.filter((b): b is Box => b !== null);
    if (!area || present.length === 0) throw new Error('nothing to take a screenshot of');
    const left = Math.max(area.x, Math.min(...present.map((b) => b.x)) - padding);
    const top = Math.max(area.y, Math.min(...present.map((b) => b.y)) - padding);
    const right = Math.min(area.x + area.width, Math.max(...present.map((b) => b.x + b.width)) + padding);
    const bottom = Math.min(area.y + area.height, Math.max(...present.map((b) => b.y + b.height)) + padding);
    await this.page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
  }

  /** Saves a screenshot of the whole page next to the instance's logs (used when a test fails). */
  async screenshotFailure(title: string): Promise<string> {
    const slug = title.replace(/[^\w.-]+/g, '-');
    // long titles share their beginnings (suite names): keep the end, number them in order
    const file = path.join(this.server.artifactsDir, `${String(++this.failures).padStart(2, '0')}-${slug.slice(-100)}.png`);
    await this.page.screenshot({ path: file });
    writeFileSync(file.replace(/\.png$/, '.console.log'), `${this.console.join('\n')}\n`);
    return file;
  }
}

