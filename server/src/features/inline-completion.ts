/**
 * The as-you-type offer: inline (ghost-text) completions. VS Code shows the first one greyed after
 * the cursor; Tab accepts it, Alt+] shows the next; Enter, space and punctuation just go on typing.
 * So nothing a writer types is ever replaced by a suggestion they did not choose. Offers appear only
 * where a reference is plausibly being typed (completion-offer.ts), and each keeps the writer's own
 * letters and adds the rest of the form.
 */
import type { InlineCompletionContext, InlineCompletionList, Position } from 'vscode-languageserver-types';
import { asYouTypeOffers } from './completion-offer';
import { maskerUpTo } from './completion-typed';
import { offsetOf } from './context';
import type { RequestContext } from './request';

const NOTHING: InlineCompletionList = { items: [] };

export function inlineCompletion({ doc, index, settings, masked }: RequestContext, position: Position, context?: InlineCompletionContext): InlineCompletionList {
  // With the suggest widget open VS Code previews its selected item; a second guess would compete with it.
  if (!settings.asYouType || context?.selectedCompletionInfo) return NOTHING;
  const offset = offsetOf(doc, position);
  if (offset === undefined) return NOTHING;
  const text = doc.getText();
  const found = asYouTypeOffers(text, offset, masked ?? maskerUpTo(text, offset), index);
  if (!found) return NOTHING;
  const range = { start: doc.positionAt(found.start), end: position };
  return { items: found.offers.map((o) => ({ insertText: o.text, filterText: o.text, range })) };
}
