// playwright-core lives in .e2e-tools (installed by scripts/e2e/install.sh), not in the project's dependencies,
// so `npm run typecheck` on a clean clone must not need it: these are the few parts of its API the harness uses.
import { createRequire } from 'node:module';
import path from 'node:path';
import { tools } from './tools';

export interface Box { x: number; y: number; width: number; height: number }
type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

export interface Locator {
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  filter(options: { hasText?: string | RegExp; visible?: boolean }): Locator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
  waitFor(options?: { state?: WaitState; timeout?: number }): Promise<void>;
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  innerText(options?: { timeout?: number }): Promise<string>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  allInnerTexts(): Promise<string[]>;
  boundingBox(options?: { timeout?: number }): Promise<Box | null>;
  click(options?: { timeout?: number; button?: 'left' | 'right'; modifiers?: string[] }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  screenshot(options?: { path?: string; timeout?: number }): Promise<Buffer>;
  evaluate<R, A>(fn: (element: unknown, arg: A) => R, arg: A): Promise<R>;
}

/** An iframe's content (a webview, such as the Markdown preview, is an iframe inside an iframe). */
export interface FrameLocator {
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  frameLocator(selector: string): FrameLocator;
}

export interface JSHandle {
  jsonValue(): Promise<unknown>;
}

export interface Page {
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded'; timeout?: number }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  frameLocator(selector: string): FrameLocator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
  keyboard: {
    press(key: string, options?: { delay?: number }): Promise<void>;
    type(text: string, options?: { delay?: number }): Promise<void>;
  };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void>; click(x: number, y: number): Promise<void> };
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, options?: { timeout?: number; polling?: number | 'raf' }): Promise<JSHandle>;
  screenshot(options?: { path?: string; clip?: Box; fullPage?: boolean }): Promise<Buffer>;
  setDefaultTimeout(ms: number): void;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  close(): Promise<void>;
}

export interface BrowserContext {
  addInitScript(script: string): Promise<void>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface Browser {
  newContext(options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; locale?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

interface PlaywrightCore {
  chromium: {
    launch(options: { executablePath: string; headless?: boolean; args?: string[]; timeout?: number }): Promise<Browser>;
  };
}

/** Loads playwright-core from .e2e-tools; says how to get it when it is missing. */
export function loadPlaywright(): PlaywrightCore {
  const requireFromTools = createRequire(path.join(tools.dir, 'package.json'));
  try {
    return requireFromTools('playwright-core') as PlaywrightCore;
  } catch {
    throw new Error(`playwright-core is not installed in ${tools.dir}: run scripts/e2e/install.sh (or npm run test:e2e)`);
  }
}
