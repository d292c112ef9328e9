// Signatures of in-page.js (functions that run in the workbench page). DOM nodes are opaque here.
import type { Box } from './playwright';

export interface SuggestionRow {
  label: string;
  description: string;
  detail: string;
  /** the codicon kind: "text" for VS Code's own word suggestions */
  kind: string;
  focused: boolean;
  aria: string;
}

export interface HoverLink {
  text: string;
  href: string;
}

type Element = unknown;

export declare const boxOf: (arg: { selector: string; text: string; occurrence: number }) => Box | null;
export declare const lineText: (arg: { selector: string; lineNumber: number }) => string | null;
export declare const cursorOnLine: (lines: number[]) => boolean;
export declare const activeTabAmong: (names: string[]) => string | false;
export declare const definitionShown: (names: string[]) => 'peek' | 'editor' | false;
export declare const links: (hover: Element) => HoverLink[];
export declare const suggestionRows: (widget: Element) => SuggestionRow[];
export declare const suggestionListed: (source: string) => boolean;
export declare const focusedSuggestionIsNot: (before: string) => boolean;

export interface TokenColours {
  word: string;
  prose: string;
  code: string;
  codeText: string;
}
export function tokenColours(args: { word: string; proseStart: string; codeStart: string }): TokenColours | undefined;
export function languageStatusReads(pattern: string): boolean;
