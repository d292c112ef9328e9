/**
 * The card model's types: what a card holds, as plain unescaped data, and the draft its parts are
 * collected in. card.ts builds it; facts.ts and related.ts add parts; markdown.ts and text.ts lay it out.
 */
import type { Entity, EntityKind, Lang } from '../data/dataset';
import type { Evidence } from '../data/model.gen';
import type { EntityIndex } from '../index/types';
import type { CardCitation, CardSource, FactMark } from './sources';

export interface CardOptions {
  lang: Lang;
  /** ISO date of the meeting the surrounding text talks about: picks a person's role at that time. */
  at?: string;
  /** Last day of that meeting, when it spans several. */
  atEnd?: string;
}

export interface CardFact {
  label: string;
  value: string;
  /** Shown on cards that cite web pages: whether a shipped article's quote backs this fact, or only a page. */
  mark?: FactMark;
}

export interface CardList {
  label: string;
  items: string[];
  /** Per item, as CardFact.mark (a person's roles). */
  marks?: (FactMark | undefined)[];
  /** "… and 3 more": what the list leaves out. */
  more?: string;
}

export interface CardNote {
  text: string;
  source?: CardSource;
  citation?: CardCitation;
}

export interface Card {
  id: string;
  kind: EntityKind;
  lang: Lang;
  /** Official name with acronyms: "ASEAN-Russia Senior Officials' Meeting (ARSOM)". */
  title: string;
  kindLabel: string;
  /** The name in the other language: label is that language's name ("Indonesian"). */
  otherName?: { label: string; text: string };
  description: string;
  facts: CardFact[];
  lists: CardList[];
  /** Curator notes: where a source is wrong or unclear. */
  notes: CardNote[];
  sources: CardSource[];
  /** Public web pages cited, after the shipped articles. */
  citations: CardCitation[];
}

/** Collects what a card shows while its parts are built; one per buildCard call. */
export interface CardDraft {
  entity: Entity;
  index: EntityIndex;
  options: CardOptions;
  facts: CardFact[];
  lists: CardList[];
  /** Evidence for facts beyond the entity's own sources (a role shown on the card). */
  evidence: Evidence[];
}
