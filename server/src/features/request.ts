/**
 * What every feature is handed for one request: the document, its scan (of this very version,
 * against this index), the settings that apply to it with the card language resolved once, and
 * the client's cancellation token. The language service (service/service.ts) makes it.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../data/dataset';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';
import type { NonProse } from '../scan/prose';
import { cardLanguageOf, type Settings } from '../settings';
import type { Masker } from './completion-typed';

/** The part of a cancellation token a feature reads (vscode-jsonrpc's CancellationToken has it). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** The team's data file a quick fix may add an entity to: its URI, and its text when it exists (read when a fix asks). */
export interface DataFileTarget {
  uri: string;
  text?: string;
}

export interface RequestContext {
  readonly doc: TextDocument;
  /** The index the scan was made against. */
  readonly index: EntityIndex;
  readonly scan: DocumentScan;
  readonly settings: Settings;
  /** The language of cards and messages: the setting, or the draft's own language when it says auto. */
  readonly cardLang: Lang;
  readonly token?: Cancellation;
  /** Masks stretches of this version as the scan did, so completion need not mask the draft again. */
  readonly masked?: Masker;
  /** What the scan found is not prose, so the rules need not mask the draft again. */
  readonly nonProse?: NonProse;
  /** Where this document's workspace keeps its team data file; absent outside a workspace (and in the CLI). */
  readonly dataFile?: () => DataFileTarget | undefined;
}

export function requestContext(parts: Omit<RequestContext, 'cardLang'>): RequestContext {
  return { ...parts, cardLang: cardLanguageOf(parts.settings, parts.scan.lang) };
}

export const cancelled = (ctx: RequestContext): boolean => ctx.token?.isCancellationRequested === true;
