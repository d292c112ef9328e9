/**
 * Cards as Markdown for hovers. Every data string is escaped; the only markup
 * is what this file writes. Source links are plain file:// URIs with a
 * `#L<line>,<col>` fragment, which any LSP client can open, and cited pages are
 * linked only when their address is http or https (never `command:` links).
 */
import { URI } from 'vscode-uri';
import type { Entity } from '../data/dataset';
import type { EntityIndex } from '../index/types';
import type { Candidate, Hit } from '../scan/hits';
import { buildCard, type Card, type CardCitation, type CardList, type CardOptions, type CardPassage, type CardSource, type FactMark } from './card';
import { escapeMarkdown as esc, quoted } from './escape';
import { ambiguousNotice, label, ordinalName, sourceMissingLabel, unknownOrdinalNotice } from './labels';
import { nameIn } from './names';

const RULE = '\n\n---\n\n';

/**
 * Bounds on one hover: a form that 2,000 team entities share must not make a 700 KB card. The
 * best readings are shown, then how many more there are; a card past the size bound is cut at a
 * block boundary. (Descriptions and quotes are bounded by the schema.)
 */
export const MAX_CARDS = 8;
export const MAX_HOVER_CHARS = 64 * 1024;

export function renderCardMarkdown(entity: Entity, index: EntityIndex, options: CardOptions): string {
  return cardMarkdown(buildCard(entity, index, options));
}

/** Every candidate of a hit, best first, separated by a rule; '' when none is in the index. */
export function renderHitMarkdown(hit: Hit, index: EntityIndex, options: CardOptions): string {
  const cards: string[] = [];
  const known = hit.candidates.filter((c) => index.byId.has(c.id));
  for (const c of known.slice(0, MAX_CARDS)) {
    const entity = index.byId.get(c.id)!;
    const notice = unknownNotice(c, entity, options);
    const card = renderCardMarkdown(entity, index, options);
    cards.push(notice ? `*${esc(notice)}*\n\n${card}` : card);
  }
  if (known.length > MAX_CARDS) cards.push(`*${esc(moreReadings(known.length - MAX_CARDS, options.lang))}*`);
  if (known.length > 1) cards.unshift(`*${esc(ambiguousNotice(known.length, options.lang))}*`);
  return bounded(cards.join(RULE), options.lang);
}

const moreReadings = (n: number, lang: CardOptions['lang']): string => (lang === 'id' ? `… dan ${n} arti lain` : `… and ${n} more readings`);

/** The Markdown cut at the last paragraph break within the bound, saying so. */
function bounded(markdown: string, lang: CardOptions['lang']): string {
  if (markdown.length <= MAX_HOVER_CHARS) return markdown;
  const cut = markdown.lastIndexOf('\n\n', MAX_HOVER_CHARS);
  return `${markdown.slice(0, cut > 0 ? cut : MAX_HOVER_CHARS)}\n\n*${esc(lang === 'id' ? '… (kartu dipersingkat)' : '… (card shortened)')}*`;
}

/** "The record has no 99th ASEAN Summit; showing the series." */
function unknownNotice(c: Candidate, series: Entity, options: CardOptions): string | undefined {
  if (c.unknownOrdinal === undefined) return undefined;
  return unknownOrdinalNotice(ordinalName(c.unknownOrdinal, nameIn(series, options.lang), options.lang), options.lang);
}

export function cardMarkdown(card: Card): string {
  const blocks: string[] = [`**${esc(card.title)}**`];
  const other = card.otherName ? ` · ${esc(card.otherName.label)}: ${esc(card.otherName.text)}` : '';
  blocks.push(`*${esc(card.kindLabel)}*${other}`);
  blocks.push(esc(card.description));
  if (card.facts.length) blocks.push(card.facts.map((f) => `- **${esc(f.label)}:** ${esc(f.value)}${markMarkdown(f.mark, card)}`).join('\n'));
  for (const list of card.lists) blocks.push(listMarkdown(list, card));
  if (card.notes.length) {
    const notes = card.notes.map((n) => `- ${esc(n.text)}${n.source ? ` (${noteSourceMarkdown(n.source)})` : ''}${n.citation ? ` (${citationMarkdown(n.citation, card)})` : ''}`);
    blocks.push(`**${esc(label('notes', card.lang))}**\n\n${notes.join('\n')}`);
  }
  if (card.sources.length || card.citations.length) {
    // Nested lines line up with the item's text ("10. " is one wider than "9. "), or they leave the list.
    const sources = card.sources.map((s, i) => `${i + 1}. ${sourceMarkdown(s, card, ' '.repeat(String(i + 1).length + 2))}`);
    const pages = card.citations.map((c, i) => `${card.sources.length + i + 1}. ${citationMarkdown(c, card)}`);
    blocks.push(`**${esc(label('sources', card.lang))}**\n\n${[...sources, ...pages].join('\n')}`);
  }
  return blocks.join('\n\n');
}

function listMarkdown(list: CardList, card: Card): string {
  const items = list.items.map((item, i) => `- ${esc(item)}${markMarkdown(list.marks?.[i], card)}`);
  if (list.more) items.push(`- *${esc(list.more)}*`);
  return `**${esc(list.label)}**\n\n${items.join('\n')}`;
}

/** Antara, 19 Februari 2019 — *title*, then each quote, linked to where it stands in the article. */
function sourceMarkdown(s: CardSource, card: Card, indent: string): string {
  const passages = s.passages.map((p) => `${indent}- ${passageMarkdown(p)}`).join('\n');
  if (!s.title) return `*${esc(sourceMissingLabel(s.sourceId, card.lang))}*\n${passages}`;
  const inferred = s.inferred ? ` (${esc(label('inferred', card.lang))}: ${esc(s.inferred)})` : '';
  const who = [s.publisher, s.date].filter(Boolean).map((t) => esc(t!)).join(', ');
  return `${who}${inferred} — *${esc(s.title)}*\n${passages}`;
}

/** " · *cited*": which kind of evidence a fact stands on. */
function markMarkdown(mark: FactMark | undefined, card: Card): string {
  return mark ? ` · *${esc(label(mark, card.lang))}*` : '';
}

/** Kementerian Luar Negeri, 5 September 2023 — [*title*](https://…) (web page, consulted 2 December 2026). */
function citationMarkdown(c: CardCitation, card: Card): string {
  const who = [c.publisher, c.date].filter(Boolean).map((t) => esc(t!)).join(', ');
  const link = safeLink(c.url);
  const title = `*${esc(c.title)}*`;
  const page = `${esc(label('page', card.lang))}, ${esc(label('consulted', card.lang))} ${esc(c.consulted)}`;
  return `${who} — ${link ? `[${title}](${link})` : `${title} ${esc(c.url)}`} (${page})`;
}

/**
 * An address a card may link: http or https only (never command:, file: or
 * javascript:), written so no character ends the link destination early.
 */
export function safeLink(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A note cites one passage: "Antara, 19 Februari 2019: [“quote”](…)". */
function noteSourceMarkdown(s: CardSource): string {
  const who = [s.publisher ?? s.sourceId, s.date].filter(Boolean).map((t) => esc(t!)).join(', ');
  return `${who}: ${s.passages.map(passageMarkdown).join(', ')}`;
}

function passageMarkdown(p: CardPassage): string {
  const quote = quoted(esc(p.quote));
  return p.location ? `[${quote}](${sourceLink(p.location)})` : quote;
}

/** file:///…/article.md#L12,9 — 1-based line and column of the quote's first character. */
export function sourceLink(location: NonNullable<CardPassage['location']>): string {
  return `${URI.file(location.file).toString()}#L${location.start.line + 1},${location.start.character + 1}`;
}
