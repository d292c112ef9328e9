/**
 * Completion while writing prose: no trigger character, so VS Code asks as
 * the writer types words. The index ranks (completion-index.ts); this file
 * finds what was typed, picks the longest typed phrase that has candidates,
 * and turns them into items that replace exactly that phrase.
 *
 * On an explicit request (Ctrl+Space) with nothing typed — an empty line, or
 * the cursor after punctuation — the list is empty: without a notion of which
 * of up to 100,000 entities matter most, a "top" list would be noise.
 * Explicit requests right after a space do complete the phrase before it.
 *
 * The hover card (documentation) is left to resolveCompletion: rendering a
 * card per item would make every keystroke pay for fifty cards.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionTriggerKind, MarkupKind, type CompletionContext, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { Lang } from '../data/dataset';
import { renderCardMarkdown } from '../format/markdown';
import type { CompletionCandidate, EntityIndex } from '../index/types';
import { maskNonProse } from '../scan/prose';
import type { Settings } from '../settings';
import { completionItems, MAX_ITEMS, type CompletionData } from './completion-items';
import { typedStarts } from './completion-typed';

const NOTHING: CompletionList = { isIncomplete: false, items: [] };

export function completion(
  doc: TextDocument,
  position: Position,
  index: EntityIndex,
  _settings: Settings,
  lang: Lang,
  context?: CompletionContext,
): CompletionList {
  const offset = doc.offsetAt(position);
  // offsetAt clamps; a position that does not survive the round trip is not in the document.
  const back = doc.positionAt(offset);
  if (back.line !== position.line || back.character !== position.character) return NOTHING;
  const text = doc.getText();
  const explicit = context?.triggerKind === CompletionTriggerKind.Invoked;
  const starts = typedStarts(maskNonProse(text), text, offset, explicit);
  for (const start of starts) {
    const typed = text.slice(start, offset);
    const candidates: CompletionCandidate[] = index.completion.query(typed, MAX_ITEMS);
    if (candidates.length === 0) continue;
    const range = { start: doc.positionAt(start), end: position };
    return { isIncomplete: true, items: completionItems(candidates, { index, lang, typed, range }) };
  }
  // Something was typed but nothing matches yet: the next letter may change that.
  return { isIncomplete: starts.length > 0, items: [] };
}

/** Adds the hover card of the item's entity, in the card language the settings ask for. */
export function resolveCompletion(item: CompletionItem, index: EntityIndex, settings: Settings): CompletionItem {
  const data = completionData(item.data);
  const entity = data && index.byId.get(data.id);
  if (!data || !entity) return item;
  const lang = settings.cardLanguage === 'auto' ? data.lang : settings.cardLanguage;
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: renderCardMarkdown(entity, index, { lang }) } };
}

/** item.data comes back from the client: check its shape rather than trust it. */
function completionData(data: unknown): CompletionData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { id, lang } = data as Partial<CompletionData>;
  return typeof id === 'string' && (lang === 'id' || lang === 'en') ? { id, lang } : undefined;
}
