/** Drafts opened the way the server opens them: through the language service, one request context each. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../../server/src/data/dataset';
import type { EntityIndex } from '../../../server/src/index/types';
import { createLanguageService, requestContext, type LanguageService, type RequestContext } from '../../../server/src/service/service';
import { defaultSettings, type Settings } from '../../../server/src/settings';

/** Marks the cursor in a draft: `'Hasil ARS|'`. */
export const CARET = '|';

export interface OpenDraft {
  service: LanguageService;
  doc: TextDocument;
  /** What a request on this version of the draft gets. */
  ctx: RequestContext;
}

export const serviceOver = (index: EntityIndex, settings: Settings = defaultSettings): LanguageService =>
  createLanguageService({ index: () => index, settings: () => settings });

/** Opens `text` as a Markdown draft. */
export function openDraft(index: EntityIndex, text: string, settings: Settings = defaultSettings, version = 1): OpenDraft {
  return openDocument(index, TextDocument.create('file:///draft.md', 'markdown', version, text), settings);
}

/** Opens a document made elsewhere (a fixture draft with its own URI). */
export function openDocument(index: EntityIndex, doc: TextDocument, settings: Settings = defaultSettings): OpenDraft {
  const service = serviceOver(index, settings);
  return { service, doc, ctx: service.contextWith(doc, settings) };
}

/** Opens a draft with the cursor at its `|` (the bar is removed). */
export function atCaret(index: EntityIndex, draft: string, settings: Settings = defaultSettings): OpenDraft & { position: { line: number; character: number } } {
  const offset = draft.indexOf(CARET);
  if (offset < 0) throw new Error(`no ${CARET} in the draft: ${draft}`);
  const open = openDraft(index, draft.slice(0, offset) + draft.slice(offset + 1), settings);
  return { ...open, position: open.doc.positionAt(offset) };
}

/** The same request, with the draft read as written in `lang` (a one-line test draft is too short to tell). */
export const inLanguage = (ctx: RequestContext, lang: Lang): RequestContext => requestContext({ ...ctx, scan: { ...ctx.scan, lang } });
