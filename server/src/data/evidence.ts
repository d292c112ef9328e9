/**
 * The two kinds of evidence: a verbatim quote of a shipped source article, and a
 * citation of a public web page. The schema tells them apart by `source`; these
 * guards give the rest of the code the narrowed shapes, and say which evidence
 * backs which fact.
 */
import type { Entity, Evidence } from './model.gen';

export type Fact = NonNullable<Evidence['facts']>[number];

export interface QuoteEvidence extends Evidence {
  source: string;
  quote: string;
}

export interface CitationEvidence extends Evidence {
  url: string;
  title: string;
  publisher: string;
  consulted: string;
}

export const isQuote = (ev: Evidence): ev is QuoteEvidence => typeof ev.source === 'string' && typeof ev.quote === 'string';

export const isCitation = (ev: Evidence): ev is CitationEvidence =>
  !isQuote(ev) && typeof ev.url === 'string' && typeof ev.title === 'string' && typeof ev.publisher === 'string';

/** Every piece of evidence an entity carries, with the JSON pointer (below the entity) where it is written. */
export function evidenceOf(e: Entity): { evidence: Evidence; path: (string | number)[] }[] {
  return [
    ...e.sources.map((evidence, i) => ({ evidence, path: ['sources', i] })),
    ...(e.roles ?? []).map((r, i) => ({ evidence: r.evidence, path: ['roles', i, 'evidence'] })),
    ...(e.notes ?? []).flatMap((n, i) => (n.evidence ? [{ evidence: n.evidence, path: ['notes', i, 'evidence'] }] : [])),
  ];
}

/**
 * The entity's own sources that back one fact: those that name it in `facts`
 * when any does (a specific source beats a general one), else those that back
 * the entity as a whole.
 */
export function evidenceFor(e: Pick<Entity, 'sources'>, fact: Fact): Evidence[] {
  const specific = e.sources.filter((s) => s.facts?.includes(fact));
  return specific.length ? specific : e.sources.filter((s) => !s.facts);
}

/** A fact is cited (not verified) when no quote backs it and a citation does. */
export function isCitedFact(e: Pick<Entity, 'sources'>, fact: Fact): boolean {
  const backing = evidenceFor(e, fact);
  return !backing.some(isQuote) && backing.some(isCitation);
}
