/**
 * The completion list: what VS Code shows on Ctrl+Space, refined as the writer types on. (As-you-type
 * offers are inline ghost text: inline-completion.ts.) The index ranks (completion-index.ts); this file
 * finds what was typed, picks which typed phrase's candidates to list
 * (bestSpan), and turns them into items. All items replace one range, from
 * the start of the longest phrase used to the cursor, so VS Code filters and
 * scores them alike; an item whose entity matched a shorter phrase writes the
 * words before that phrase back unchanged.
 *
 * On an explicit request (Ctrl+Space) with nothing typed — an empty line, or
 * the cursor after punctuation — the list is empty: without a notion of which
 * of up to 100,000 entities matter most, a "top" list would be noise.
 * Explicit requests right after a space do complete the phrase before it.
 *
 * The hover card (documentation) is left to resolveCompletion: rendering a
 * card per item would make every keystroke pay for fifty cards.
 */
import { MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import { renderCardMarkdown } from '../format/markdown';
import type { CompletionCandidate, EntityIndex } from '../index/types';
import { completionItems, MAX_ITEMS, type CompletionData } from './completion-items';
import { maskerUpTo, typedStarts } from './completion-typed';
import type { RequestContext } from './request';

/** The index's tier for typo-tolerant matches (see CompletionCandidate.tier). */
const FUZZY = 2;
const NOTHING: CompletionList = { isIncomplete: false, items: [] };

/** What completion reads of the protocol's CompletionContext (a protocol type, not in vscode-languageserver-types). */
export interface CompletionContext {
  triggerKind: number;
}
/** CompletionTriggerKind.Invoked: Ctrl+Space, or typing a word character in clients that complete on their own. */
const INVOKED = 1;

/** Labels are forms in the draft's own language (the scan's); details and cards are in the card language. */
export function completion({ doc, index, scan, cardLang, masked }: RequestContext, position: Position, context?: CompletionContext): CompletionList {
  const lang = scan.lang;
  const offset = doc.offsetAt(position);
  // offsetAt clamps; a position that does not survive the round trip is not in the document.
  const back = doc.positionAt(offset);
  if (back.line !== position.line || back.character !== position.character) return NOTHING;
  const text = doc.getText();
  const explicit = context?.triggerKind === INVOKED;
  const starts = typedStarts(masked ?? maskerUpTo(text, offset), text, offset, explicit);
  const spans = spansOf(starts, (start) => index.completion.query(text.slice(start, offset), MAX_ITEMS));
  const span = bestSpan(spans);
  // Nothing typed, or nothing matches yet: in the second case the next letter may change that.
  if (!span) return { isIncomplete: starts.length > 0, items: [] };
  const own = ownStarts(spans, span);
  const rangeStart = Math.min(span.start, ...own.values());
  const range = { start: doc.positionAt(rangeStart), end: position };
  const typed = text.slice(rangeStart, offset);
  const kept = (id: string) => text.slice(rangeStart, own.get(id) ?? span.start);
  return { isIncomplete: true, items: completionItems(span.candidates, { index, lang, cardLang, typed, range, kept }) };
}

interface Span {
  start: number;
  candidates: CompletionCandidate[];
}

/**
 * The typed phrases with candidates, longest first, up to the first that
 * some form starts with: bestSpan never looks past that one, so shorter
 * phrases need not be queried.
 */
function spansOf(starts: readonly number[], query: (start: number) => CompletionCandidate[]): Span[] {
  const spans: Span[] = [];
  for (const start of starts) {
    const candidates = query(start);
    if (candidates.length === 0) continue;
    spans.push({ start, candidates });
    if (candidates[0].tier < FUZZY) break;
  }
  return spans;
}

/**
 * Which typed phrase's candidates to list: the longest phrase that some form
 * starts with (tiers 0 and 1), as "Sekjen AS" is more telling than "AS";
 * failing that, the longest fuzzy match. So "pertemuan ARS" lists ARSOM first
 * rather than, fuzzily, "Pertemuan ke-16 ARSOM".
 */
function bestSpan(spans: readonly Span[]): Span | undefined {
  return spans.find((s) => s.candidates[0].tier < FUZZY) ?? spans[0];
}

/**
 * Where each listed entity's own phrase starts: the longest typed phrase that
 * also offered it. Such a longer phrase can only be a fuzzy match, and it
 * explains more of what was typed: after "Outlok Indo-Pacific", where
 * "Indo-Pacific" lists the term Indo-Pacific first, the AOIP item replaces
 * "Outlok" too, while the Indo-Pacific item leaves it as written.
 */
function ownStarts(spans: readonly Span[], best: Span): Map<string, number> {
  const own = new Map<string, number>();
  for (const c of best.candidates) {
    const longest = spans.find((s) => s.start < best.start && s.candidates.some((o) => o.id === c.id));
    if (longest) own.set(c.id, longest.start);
  }
  return own;
}

/** Adds the hover card of the item's entity, in the card language resolved when the list was made (item.data). */
export function resolveCompletion(item: CompletionItem, index: EntityIndex): CompletionItem {
  const data = completionData(item.data);
  const entity = data && index.byId.get(data.id);
  if (!data || !entity) return item;
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: renderCardMarkdown(entity, index, { lang: data.lang }) } };
}

/** item.data comes back from the client: check its shape rather than trust it. */
function completionData(data: unknown): CompletionData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { id, lang } = data as Partial<CompletionData>;
  return typeof id === 'string' && (lang === 'id' || lang === 'en') ? { id, lang } : undefined;
}
