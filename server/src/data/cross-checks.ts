/**
 * Checks that need more than one file: ids are unique, references resolve,
 * a series' ordinals are unique, surface forms are not silently shared, and
 * quotes stand verbatim in their sources. A file is checked against the
 * registry of files already in service, so the file that comes second is
 * the one blamed; its claims are added as it is checked.
 */
import type { Entity, Problem } from './dataset';
import { evidenceOf, isQuote, type QuoteEvidence } from './evidence';
import { checkSeriesOrder } from './series-order';
import { entityClaims, sourceText, type Known } from './claims';
import { childPointer, fieldName } from './positions';
import { problemAt } from './problem';
import { locateQuote, nearMiss } from './quotes';
import { where, type Registry } from './registry';
import { closest, didYouMean } from './suggest';
import type { EntityUnit, PlacedEntity, SourceUnit, Unit } from './units';

export interface CheckContext {
  /** Claims of the files in service (and the base); the checked file's claims are added to it. */
  registry: Registry;
  known: Known;
}

type Report = (pointer: string, rule: string, message: string, severity?: Problem['severity']) => void;

export function checkUnit(unit: Unit, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const report: Report = (pointer, rule, message, severity) => out.push(problemAt(unit.file, unit.locate(pointer), rule, message, severity));
  if (unit.kind === 'source') checkSource(unit, ctx, report);
  else for (const placed of unit.entities) if (placed.valid) checkEntity(unit, placed, ctx, report);
  return out;
}

function checkSource(unit: SourceUnit, ctx: CheckContext, report: Report): void {
  if (!unit.meta) return;
  const first = ctx.registry.source(unit.meta.id);
  if (first) report('/id', 'duplicate-id', `duplicate source id "${unit.meta.id}" ${where(first.site, 'first defined in')}`);
  else ctx.registry.addSource(unit.meta.id, { file: unit.file, span: unit.locate('/id'), base: false }, () => sourceText(unit));
}

function checkEntity(unit: EntityUnit, placed: PlacedEntity, ctx: CheckContext, report: Report): void {
  const at = (...rest: (string | number)[]) => childPointer(placed.pointer, ...rest);
  const claims = entityClaims(unit, placed);
  const first = ctx.registry.id(claims.id);
  if (first) report(at('id'), 'duplicate-id', `duplicate id "${claims.id}" ${where(first.site, 'first defined in')}`);
  checkReferences(placed.entity, at, ctx, report);
  checkOrdinal(placed.entity, at, ctx, report);
  checkForms(claims, ctx, report);
  for (const ev of evidenceOf(placed.entity)) if (isQuote(ev.evidence)) checkEvidence(ev.evidence, at(...ev.path), ctx, report);
  checkSeriesOrder(claims, ctx, report, at('dates', 'start'));
  // A duplicate must not take over the first one's claims.
  if (!first) ctx.registry.addEntity(claims);
}

function checkReferences(e: Entity, at: (...rest: (string | number)[]) => string, ctx: CheckContext, report: Report): void {
  const refs: [string | undefined, string][] = [
    [e.series, at('series')],
    [e.host, at('host')],
    ...(e.chairs ?? []).map((c, i): [string, string] => [c, at('chairs', i)]),
    ...(e.participants ?? []).map((p, i): [string | undefined, string] => [typeof p === 'string' ? p : undefined, at('participants', i)]),
    ...(e.roles ?? []).map((r, i): [string | undefined, string] => [r.organization, at('roles', i, 'organization')]),
    ...(e.related ?? []).map((r, i): [string, string] => [r.target, at('related', i, 'target')]),
  ];
  for (const [id, pointer] of refs) {
    if (id === undefined || ctx.known.entities.has(id)) continue;
    report(pointer, 'dangling-reference', `"${fieldName(pointer)}" refers to unknown entity "${id}"${didYouMean(closest(id, ctx.known.entities.keys()))}`);
  }
  const kind = e.series !== undefined ? ctx.known.entities.get(e.series) : undefined;
  if (kind && kind !== 'meeting-series') report(at('series'), 'series-kind', `"series" must refer to a meeting-series, but "${e.series}" is a ${kind}`);
}

function checkOrdinal(e: Entity, at: (...rest: (string | number)[]) => string, ctx: CheckContext, report: Report): void {
  if (e.series === undefined || e.ordinal === undefined) return;
  const holder = ctx.registry.ordinal(e.series, e.ordinal);
  if (holder && holder.id !== e.id) report(at('ordinal'), 'ordinal-clash', `ordinal ${e.ordinal} of series "${e.series}" is already taken by "${holder.id}" ${where(holder.site)}`);
}

function checkForms(claims: ReturnType<typeof entityClaims>, ctx: CheckContext, report: Report): void {
  const seen = new Set<string>();
  for (const f of claims.forms) {
    if (seen.has(f.key)) continue; // the same form twice in one entity is fine
    seen.add(f.key);
    const other = ctx.registry.forms(f.key).find((c) => c.id !== claims.id && !(c.shared && claims.shared.has(f.key)));
    if (!other) continue;
    const fix = other.shared ? `list "${f.text}" in "sharedForms" here too` : `list "${f.text}" in "sharedForms" of both`;
    const same = other.text === f.text ? `"${f.text}" is also a form of` : `"${f.text}" is the same form as "${other.text}" of`;
    report(f.pointer, 'form-clash', `${same} "${other.id}" ${where(other.site)}; if both entities are meant, ${fix}`);
  }
}

function checkEvidence(ev: QuoteEvidence, pointer: string, ctx: CheckContext, report: Report): void {
  const source = ctx.registry.source(ev.source)?.text ?? ctx.known.sources.get(ev.source);
  if (!source) {
    report(`${pointer}/source`, 'dangling-reference', `unknown source "${ev.source}"${didYouMean(closest(ev.source, ctx.known.sources.keys()))}`);
    return;
  }
  const text = source();
  if (!text) {
    report(`${pointer}/quote`, 'quote-unverified', `cannot read source "${ev.source}" to verify this quote`, 'warning');
    return;
  }
  if (locateQuote(text, ev.quote)) return;
  const hint = nearMiss(text.body, ev.quote);
  report(`${pointer}/quote`, 'quote-not-found', `quote not found verbatim in source "${ev.source}"${hint ? ` (${hint})` : ''}`);
}

/**
 * A new version of a source in service must still hold every passage the entities in service
 * quote from it: otherwise their cards would lose their links. Reported on the source's id.
 */
export function quotesLost(source: SourceUnit, served: readonly EntityUnit[]): Problem[] {
  if (!source.meta) return [];
  const id = source.meta.id;
  const text = sourceText(source);
  const out: Problem[] = [];
  for (const unit of served) {
    for (const placed of unit.entities) {
      if (!placed.valid) continue;
      for (const { evidence } of evidenceOf(placed.entity)) {
        if (!isQuote(evidence) || evidence.source !== id || (text && locateQuote(text, evidence.quote))) continue;
        const quote = evidence.quote.length > 60 ? `${evidence.quote.slice(0, 57)}…` : evidence.quote;
        const message = `this version no longer holds the passage "${quote}" that "${placed.entity.id}" quotes (${unit.file}); the previous version stays in service`;
        out.push(problemAt(source.file, source.locate('/id'), 'quote-lost', message));
      }
    }
  }
  return out;
}
