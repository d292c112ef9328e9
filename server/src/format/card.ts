/**
 * The card model: everything a hover card or `asean-ref lookup` shows about one
 * entity, as plain unescaped data. Renderers (markdown.ts, text.ts) only lay it
 * out and escape it; all wording and choosing of facts happens here.
 */
import type { Entity, EntityKind, Lang } from '../data/dataset';
import { isCitation, isQuote } from '../data/evidence';
import type { Evidence } from '../data/model.gen';
import type { EntityIndex } from '../index/types';
import { meetingFacts, personFacts, seriesMeetings, siblingMeetings } from './facts';
import { KIND_LABELS, LANGUAGE_NAMES } from './labels';
import { otherName, titleIn } from './names';
import { relatedList } from './related';
import { cardCitation, cardCitations, cardSource, cardSources, type CardCitation, type CardSource, type FactMark } from './sources';

export type { CardCitation, CardPassage, CardSource, FactMark } from './sources';

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

export function buildCard(entity: Entity, index: EntityIndex, options: CardOptions): Card {
  const { lang } = options;
  const draft: CardDraft = { entity, index, options, facts: [], lists: [], evidence: [] };
  addKindFacts(draft);
  // Marks matter only where the card mixes the two kinds of evidence; an all-quoted card stays as it was.
  if (![...entity.sources, ...draft.evidence].some(isCitation)) unmark(draft);
  const related = relatedList(entity, index, lang);
  if (related) draft.lists.push(related);
  const other = otherName(entity, lang);
  return {
    id: entity.id,
    kind: entity.kind,
    lang,
    title: titleIn(entity, lang),
    kindLabel: KIND_LABELS[entity.kind][lang],
    otherName: other && { label: LANGUAGE_NAMES[other.lang][lang], text: other.text },
    description: entity.description[lang],
    facts: draft.facts,
    lists: draft.lists,
    notes: (entity.notes ?? []).map((n) => ({
      text: (lang === 'id' ? n.id : undefined) ?? n.en,
      source: n.evidence && isQuote(n.evidence) ? cardSource(n.evidence, index, lang) : undefined,
      citation: n.evidence && isCitation(n.evidence) ? cardCitation(n.evidence, lang) : undefined,
    })),
    sources: cardSources([...entity.sources, ...draft.evidence], index, lang),
    citations: cardCitations([...entity.sources, ...draft.evidence], lang),
  };
}

function unmark(draft: CardDraft): void {
  for (const f of draft.facts) delete f.mark;
  for (const l of draft.lists) delete l.marks;
}

function addKindFacts(draft: CardDraft): void {
  switch (draft.entity.kind) {
    case 'meeting':
      meetingFacts(draft);
      siblingMeetings(draft);
      break;
    case 'meeting-series':
      seriesMeetings(draft);
      break;
    case 'person':
      personFacts(draft);
      break;
    default:
      break;
  }
}
