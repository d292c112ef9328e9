/** Checks one entity can fail on its own: real dates, dates in order, sharedForms it actually has. */
import { formKey } from '../text/tokens';
import { unsupportedClaims } from './claim-support';
import type { Entity, Problem } from './dataset';
import { impossibleDate, isBefore } from './dates';
import { evidenceOf } from './evidence';
import { childPointer, type Locator } from './positions';
import { roleContradictions } from './role-checks';
import { problemAt } from './problem';
import type { EntityClaims, Form } from './registry';

export type { Form } from './registry';

/** An entity as a data file places it: the unit (units.ts) and the cross-file checks work with these. */
export interface PlacedEntity {
  entity: Entity;
  /** "/entities/3" */
  pointer: string;
  /** True when nothing inside it breaks the schema: only such entities are checked across files. */
  valid: boolean;
  /** Its names, acronyms and aliases, keyed by formKey(). */
  forms: Form[];
  /** formKey() of each sharedForms entry. */
  shared: Set<string>;
  /** Cache for claims.ts: what it claims and where (a unit never changes once parsed). */
  claims?: EntityClaims;
}

/** name.en, name.id, acronyms, aliases and cased aliases, each with where it is written. */
export function surfaceForms(e: Entity, pointer: string): Form[] {
  const at = (...rest: (string | number)[]) => childPointer(pointer, ...rest);
  const raw: { text: string; pointer: string }[] = [{ text: e.name.en, pointer: at('name', 'en') }];
  if (e.name.id) raw.push({ text: e.name.id, pointer: at('name', 'id') });
  (e.acronyms ?? []).forEach((text, i) => raw.push({ text, pointer: at('acronyms', i) }));
  (e.aliases ?? []).forEach((text, i) => raw.push({ text, pointer: at('aliases', i) }));
  (e.casedAliases ?? []).forEach((text, i) => raw.push({ text, pointer: at('casedAliases', i) }));
  return raw.map((f) => ({ ...f, key: formKey(f.text) })).filter((f) => f.key !== '');
}

export function entityProblems(file: string, placed: PlacedEntity, locate: Locator): Problem[] {
  const out: Problem[] = [];
  const report = (pointer: string, rule: string, message: string) => out.push(problemAt(file, locate(pointer), rule, message));
  for (const d of datesOf(placed.entity, placed.pointer)) {
    const why = impossibleDate(d.value);
    if (why) report(d.pointer, 'invalid-date', `impossible date "${d.value}": ${why}`);
  }
  for (const o of orderedPairs(placed.entity, placed.pointer)) {
    if (isBefore(o.later.value, o.earlier.value)) report(o.later.pointer, 'date-order', `${o.laterName} "${o.later.value}" is before ${o.earlierName} "${o.earlier.value}"`);
  }
  for (const c of roleContradictions(placed.entity, placed.pointer)) report(c.pointer, 'citation-contradicts-quote', c.message);
  for (const c of unsupportedClaims(placed.entity, placed.pointer)) report(c.pointer, 'claim-unsupported', c.message);
  // A stub the editor's quick fix added ("TODO: …") stays flagged until a curator writes it.
  for (const [pointer, text] of todoTexts(placed.entity, placed.pointer)) out.push(problemAt(file, locate(pointer), 'todo', `still to be filled in: "${text}"`, 'warning'));
  const own = new Set(placed.forms.map((f) => f.key));
  (placed.entity.sharedForms ?? []).forEach((text, i) => {
    if (!own.has(formKey(text))) report(childPointer(placed.pointer, 'sharedForms', i), 'shared-form-not-own', `sharedForms lists "${text}", which is not a name, acronym or alias of "${placed.entity.id}"`);
  });
  return out;
}

interface DateAt {
  value: string;
  pointer: string;
}

function datesOf(e: Entity, pointer: string): DateAt[] {
  const at = (...rest: (string | number)[]) => childPointer(pointer, ...rest);
  const out: DateAt[] = [];
  const add = (value: string | undefined, p: string) => value !== undefined && out.push({ value, pointer: p });
  add(e.dates?.start, at('dates', 'start'));
  add(e.dates?.end, at('dates', 'end'));
  (e.roles ?? []).forEach((r, i) => {
    add(r.from, at('roles', i, 'from'));
    add(r.to, at('roles', i, 'to'));
    (r.attested ?? []).forEach((d, k) => add(d, at('roles', i, 'attested', k)));
  });
  for (const ev of evidenceOf(e)) {
    add(ev.evidence.published, at(...ev.path, 'published'));
    add(ev.evidence.consulted, at(...ev.path, 'consulted'));
  }
  return out;
}

function orderedPairs(e: Entity, pointer: string): { earlier: DateAt; later: DateAt; earlierName: string; laterName: string }[] {
  const at = (...rest: (string | number)[]) => childPointer(pointer, ...rest);
  const out: { earlier: DateAt; later: DateAt; earlierName: string; laterName: string }[] = [];
  if (e.dates?.end !== undefined) {
    out.push({ earlier: { value: e.dates.start, pointer: at('dates', 'start') }, later: { value: e.dates.end, pointer: at('dates', 'end') }, earlierName: 'start date', laterName: 'end date' });
  }
  for (const { evidence: ev, path } of evidenceOf(e)) {
    if (ev.published === undefined || ev.consulted === undefined) continue;
    out.push({ earlier: { value: ev.published, pointer: at(...path, 'published') }, later: { value: ev.consulted, pointer: at(...path, 'consulted') }, earlierName: 'publication date ("published")', laterName: 'date consulted' });
  }
  (e.roles ?? []).forEach((r, i) => {
    if (r.from === undefined || r.to === undefined) return;
    out.push({ earlier: { value: r.from, pointer: at('roles', i, 'from') }, later: { value: r.to, pointer: at('roles', i, 'to') }, earlierName: 'role start ("from")', laterName: 'role end ("to")' });
  });
  return out;
}

/** The description and evidence texts that still say TODO. */
function todoTexts(e: Entity, pointer: string): [string, string][] {
  const out: [string, string][] = [];
  const check = (text: unknown, ...rest: (string | number)[]) => {
    if (typeof text === 'string' && /^TODO\b/.test(text)) out.push([childPointer(pointer, ...rest), text]);
  };
  check(e.description?.en, 'description', 'en');
  check(e.description?.id, 'description', 'id');
  (e.sources ?? []).forEach((ev, i) => {
    check(ev.title, 'sources', i, 'title');
    check(ev.publisher, 'sources', i, 'publisher');
  });
  return out;
}
