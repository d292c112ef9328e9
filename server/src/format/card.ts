/**
 * The card model: everything a hover card or `asean-ref lookup` shows about one
 * entity, as plain unescaped data. Renderers (markdown.ts, text.ts) only lay it
 * out and escape it; all wording and choosing of facts happens here.
 */
import type { Entity } from '../data/dataset';
import { isCitation, isQuote } from '../data/evidence';
import type { EntityIndex } from '../index/types';
import { meetingFacts, personFacts, seriesMeetings, siblingMeetings } from './facts';
import { KIND_LABELS, LANGUAGE_NAMES } from './labels';
import { otherName, titleIn } from './names';
import { relatedList } from './related';
import type { Card, CardDraft, CardOptions } from './card-model';
import { cardCitation, cardCitations, cardSource, cardSources } from './sources';

export type { CardCitation, CardPassage, CardSource, FactMark } from './sources';
export type { Card, CardDraft, CardFact, CardList, CardNote, CardOptions } from './card-model';

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
