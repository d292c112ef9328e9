/**
 * Cards as plain text for a terminal (`asean-ref lookup`): sections and
 * indentation instead of Markdown, `file:line:col` instead of links, ANSI
 * colour only when asked. Data text is stripped of control characters so a
 * data string cannot drive the terminal.
 */
import type { Entity } from '../data/dataset';
import type { EntityIndex } from '../index/types';
import { buildCard, type Card, type CardCitation, type CardList, type CardOptions, type CardSource, type FactMark } from './card';
import { oneLine, quoted, stripControls } from './escape';
import { label, sourceMissingLabel } from './labels';

export interface TextOptions extends CardOptions {
  color?: boolean;
}

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  path(s: string): string;
}

const plain: Paint = { bold: (s) => s, dim: (s) => s, path: (s) => s };
const ansi = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const colored: Paint = { bold: ansi('1'), dim: ansi('2'), path: ansi('36') };

const clean = (s: string): string => stripControls(oneLine(s));

export function renderCardText(entity: Entity, index: EntityIndex, options: TextOptions): string {
  return cardText(buildCard(entity, index, options), options.color ? colored : plain);
}

export function cardText(card: Card, paint: Paint = plain): string {
  const lines: string[] = [paint.bold(clean(card.title))];
  const other = card.otherName ? ` · ${clean(card.otherName.label)}: ${clean(card.otherName.text)}` : '';
  lines.push(`${paint.dim(clean(card.kindLabel))}${other}`, '', `  ${clean(card.description)}`);
  if (card.facts.length) lines.push('', ...card.facts.map((f) => `  ${paint.dim(`${clean(f.label)}:`)} ${clean(f.value)}${markText(f.mark, card, paint)}`));
  for (const list of card.lists) lines.push('', ...listText(list, card, paint));
  if (card.notes.length) {
    lines.push('', `  ${paint.bold(`${label('notes', card.lang)}:`)}`);
    for (const n of card.notes) {
      lines.push(`    - ${clean(n.text)}`);
      if (n.source) lines.push(...sourceText(n.source, card, paint).map((l) => `      ${l}`));
      if (n.citation) lines.push(...citationText(n.citation, card, paint).map((l) => `      ${l}`));
    }
  }
  if (card.sources.length || card.citations.length) {
    lines.push('', `  ${paint.bold(`${label('sources', card.lang)}:`)}`);
    const entries = [...card.sources.map((s) => sourceText(s, card, paint)), ...card.citations.map((c) => citationText(c, card, paint))];
    entries.forEach(([first, ...rest], i) => lines.push(`    [${i + 1}] ${first}`, ...rest.map((l) => `        ${l}`)));
  }
  return lines.join('\n') + '\n';
}

function listText(list: CardList, card: Card, paint: Paint): string[] {
  const items = list.items.map((item, i) => `    ${clean(item)}${markText(list.marks?.[i], card, paint)}`);
  if (list.more) items.push(`    ${paint.dim(clean(list.more))}`);
  return [`  ${paint.bold(`${clean(list.label)}:`)}`, ...items];
}

/** " (cited)": which kind of evidence a fact stands on. */
function markText(mark: FactMark | undefined, card: Card, paint: Paint): string {
  return mark ? ` ${paint.dim(`(${label(mark, card.lang)})`)}` : '';
}

/** Publisher, date and title of a cited page; then its address and when it was consulted. */
function citationText(c: CardCitation, card: Card, paint: Paint): string[] {
  const head = `${[c.publisher, c.date].filter(Boolean).map((t) => clean(t!)).join(', ')} — ${clean(c.title)}`;
  return [head, `  ${paint.path(stripControls(c.url))} (${label('page', card.lang)}, ${label('consulted', card.lang)} ${clean(c.consulted)})`];
}

/** Publisher, date and title; then each quote and where it stands (path:line:col, 1-based). */
function sourceText(s: CardSource, card: Card, paint: Paint): string[] {
  const passages = s.passages.flatMap((p) => {
    const quote = quoted(clean(p.quote));
    if (!p.location) return [quote];
    const { file, start } = p.location;
    return [quote, `  ${paint.path(`${stripControls(file)}:${start.line + 1}:${start.character + 1}`)}`];
  });
  if (!s.title) return [sourceMissingLabel(s.sourceId, card.lang), ...passages];
  const inferred = s.inferred ? ` (${label('inferred', card.lang)}: ${clean(s.inferred)})` : '';
  const head = `${[s.publisher, s.date].filter(Boolean).map((t) => clean(t!)).join(', ')}${inferred} — ${clean(s.title)}`;
  return [head, ...passages];
}
