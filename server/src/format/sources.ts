/**
 * Evidence -> what a card says about its sources: who published each article,
 * when, and where each quote stands; and for a cited web page, its publisher,
 * title, address and the day it was consulted.
 */
import type { Lang, Position } from '../data/dataset';
import { isCitation, isQuote, type CitationEvidence, type QuoteEvidence } from '../data/evidence';
import type { Evidence } from '../data/model.gen';
import type { EntityIndex } from '../index/types';
import { formatDate } from './dates';
import { textIn } from './names';

export interface CardPassage {
  quote: string;
  /** Where the quote starts in the source file (0-based), when it was found there. */
  location?: { file: string; start: Position };
}

/** One article and the passages of it the card relies on. */
export interface CardSource {
  sourceId: string;
  /** Undefined when the source is not in the index (the checker reports that). */
  publisher?: string;
  title?: string;
  /** The publication date, formatted for the card's language. */
  date?: string;
  /** Why the date is inferred, when the article does not give it. */
  inferred?: string;
  passages: CardPassage[];
}

/** A public web page a fact cites. */
export interface CardCitation {
  url: string;
  title: string;
  publisher: string;
  /** The page's publication date, formatted for the card's language. */
  date?: string;
  /** The day the curator read it, formatted likewise. */
  consulted: string;
}

/** Whether a fact stands on a quote found in a shipped article, or only on a cited page. */
export type FactMark = 'verified' | 'cited';

/** An entity and its role often cite the same sentence: each article once, each passage once (and not again as part of another), in the order cited. */
export function cardSources(evidence: readonly Evidence[], index: EntityIndex, lang: Lang): CardSource[] {
  const bySource = new Map<string, CardSource>();
  for (const e of evidence.filter(isQuote)) {
    let card = bySource.get(e.source);
    if (!card) bySource.set(e.source, (card = sourceHead(e.source, index, lang)));
    if (!card.passages.some((p) => p.quote.includes(e.quote))) card.passages.push(passage(e, index));
  }
  // A role's evidence is often part of the sentence the entity cites ("… Wakil Menteri Luar Negeri/Ketua SOM Rusia
  // Igor Morgulov"): the card shows the sentence once, not its part again.
  for (const card of bySource.values()) card.passages = card.passages.filter((p) => !card.passages.some((q) => q !== p && q.quote.includes(p.quote)));
  return [...bySource.values()];
}

export function cardSource(evidence: QuoteEvidence, index: EntityIndex, lang: Lang): CardSource {
  return cardSources([evidence], index, lang)[0];
}

/** Each cited page once (by address), in the order cited. */
export function cardCitations(evidence: readonly Evidence[], lang: Lang): CardCitation[] {
  const byUrl = new Map<string, CardCitation>();
  for (const e of evidence) if (isCitation(e) && !byUrl.has(e.url)) byUrl.set(e.url, cardCitation(e, lang));
  return [...byUrl.values()];
}

export function cardCitation(e: CitationEvidence, lang: Lang): CardCitation {
  const c: CardCitation = { url: e.url, title: e.title, publisher: e.publisher, consulted: formatDate(e.consulted, { lang }) };
  if (e.published) c.date = formatDate(e.published, { lang });
  return c;
}

/** Verified when a backing quote stands in a loaded article; cited when only pages back it. */
export function factMark(evidence: readonly Evidence[], index: EntityIndex): FactMark | undefined {
  if (evidence.some((e) => isQuote(e) && located(e, index))) return 'verified';
  return evidence.some(isCitation) ? 'cited' : undefined;
}

function located(e: QuoteEvidence, index: EntityIndex): boolean {
  const source = index.sources.get(e.source);
  return !!source && Object.prototype.hasOwnProperty.call(source.quotes, e.quote);
}

function sourceHead(id: string, index: EntityIndex, lang: Lang): CardSource {
  const meta = index.sources.get(id)?.meta;
  if (!meta) return { sourceId: id, passages: [] };
  const time = meta.published.time ? `, ${meta.published.time}` : '';
  return {
    sourceId: id,
    publisher: meta.publisher,
    title: meta.title,
    date: formatDate(meta.published.date, { lang }) + time,
    inferred: textIn(meta.published.inferred, lang),
    passages: [],
  };
}

function passage(evidence: QuoteEvidence, index: EntityIndex): CardPassage {
  const source = index.sources.get(evidence.source);
  // quotes is keyed by data text: a quote like "constructor" must not find Object.prototype.
  const span = source && Object.prototype.hasOwnProperty.call(source.quotes, evidence.quote) ? source.quotes[evidence.quote] : undefined;
  return source && span ? { quote: evidence.quote, location: { file: source.file, start: span.start } } : { quote: evidence.quote };
}
