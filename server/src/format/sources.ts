/** Evidence -> what a card says about its sources: who published each article, when, and where each quote stands. */
import type { Lang, Position } from '../data/dataset';
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

/** An entity and its role often cite the same sentence: each article once, each passage once (and not again as part of another), in the order cited. */
export function cardSources(evidence: readonly Evidence[], index: EntityIndex, lang: Lang): CardSource[] {
  const bySource = new Map<string, CardSource>();
  for (const e of evidence) {
    let card = bySource.get(e.source);
    if (!card) bySource.set(e.source, (card = sourceHead(e.source, index, lang)));
    if (!card.passages.some((p) => p.quote.includes(e.quote))) card.passages.push(passage(e, index));
  }
  // A role's evidence is often part of the sentence the entity cites ("… Wakil Menteri Luar Negeri/Ketua SOM Rusia
  // Igor Morgulov"): the card shows the sentence once, not its part again.
  for (const card of bySource.values()) card.passages = card.passages.filter((p) => !card.passages.some((q) => q !== p && q.quote.includes(p.quote)));
  return [...bySource.values()];
}

export function cardSource(evidence: Evidence, index: EntityIndex, lang: Lang): CardSource {
  return cardSources([evidence], index, lang)[0];
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

function passage(evidence: Evidence, index: EntityIndex): CardPassage {
  const source = index.sources.get(evidence.source);
  // quotes is keyed by data text: a quote like "constructor" must not find Object.prototype.
  const span = source && Object.prototype.hasOwnProperty.call(source.quotes, evidence.quote) ? source.quotes[evidence.quote] : undefined;
  return source && span ? { quote: evidence.quote, location: { file: source.file, start: span.start } } : { quote: evidence.quote };
}
