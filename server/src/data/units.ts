/**
 * One data file, parsed and checked on its own: the unit the loader and the
 * store work with. Cross-file checks (cross-checks.ts) read these; a file is
 * re-parsed only when its text changes.
 */
import path from 'node:path';
import type { Entity, Problem, SourceMeta } from './dataset';
import { formKey } from '../text/tokens';
import { impossibleDate } from './dates';
import { entityProblems, surfaceForms, type PlacedEntity } from './entity-checks';
import { parseJson } from './parse-json';
import { parseSource } from './parse-source';
import { joinPointer, type LineMap, type Locator } from './positions';
import { isError, problemAt } from './problem';
import type { SchemaIssue, Validators } from './schema';

export type { PlacedEntity } from './entity-checks';

export interface EntityUnit {
  kind: 'entities';
  file: string;
  text: string;
  /** Problems found in this file alone. */
  problems: Problem[];
  /** Every entity object that has a string id, valid or not (its id is "known" either way). */
  entities: PlacedEntity[];
  locate: Locator;
}

export interface SourceUnit {
  kind: 'source';
  file: string;
  text: string;
  problems: Problem[];
  /** The front matter, once it is valid YAML and passes the schema. */
  meta?: SourceMeta;
  /** The id, read even from a broken front matter, so entities citing it are not blamed for it. */
  id?: string;
  body: string;
  bodyOffset: number;
  lines: LineMap;
  locate: Locator;
}

export type Unit = EntityUnit | SourceUnit;

/** `.md` files are sources, anything else an entity file; which files belong to a data dir is files.ts's business. */
export function parseUnit(file: string, text: string, validators: Validators): Unit {
  return path.extname(file).toLowerCase() === '.md' ? parseSourceFile(file, text, validators) : parseEntityFile(file, text, validators);
}

export const hasErrors = (unit: Unit): boolean => unit.problems.some(isError);

export function parseEntityFile(file: string, text: string, validators: Validators): EntityUnit {
  const parsed = parseJson(file, text);
  const syntaxBroken = parsed.problems.some((p) => p.rule === 'json-syntax');
  // A value recovered from broken syntax would only produce confusing schema noise.
  const issues = syntaxBroken || parsed.value === undefined ? [] : validators.entityFile(parsed.value);
  const problems = [...parsed.problems, ...issues.map((i) => issueProblem(file, parsed.locate, i))];
  const entities = placeEntities(parsed.value, issues, syntaxBroken);
  for (const e of entities) if (e.valid) problems.push(...entityProblems(file, e, parsed.locate));
  return { kind: 'entities', file, text, problems, entities, locate: parsed.locate };
}

function placeEntities(value: unknown, issues: SchemaIssue[], syntaxBroken: boolean): PlacedEntity[] {
  const list = (value as { entities?: unknown } | undefined)?.entities;
  if (!Array.isArray(list)) return [];
  const out: PlacedEntity[] = [];
  list.forEach((entity, i) => {
    if (typeof entity !== 'object' || entity === null || typeof (entity as Entity).id !== 'string') return;
    const pointer = joinPointer('entities', i);
    const valid = !syntaxBroken && !issues.some((x) => x.pointer === pointer || x.pointer.startsWith(pointer + '/') || x.pointer === '' || x.pointer === '/entities');
    const e = entity as Entity;
    out.push({ entity: e, pointer, valid, forms: valid ? surfaceForms(e, pointer) : [], shared: valid ? sharedKeys(e) : new Set() });
  });
  return out;
}

const sharedKeys = (e: Entity): Set<string> => new Set((e.sharedForms ?? []).map(formKey).filter(Boolean));

export function parseSourceFile(file: string, text: string, validators: Validators): SourceUnit {
  const parsed = parseSource(file, text);
  const problems = [...parsed.problems];
  if (!problems.some(isError) && !isPlainObject(parsed.meta)) {
    problems.push(problemAt(file, parsed.locate(''), 'front-matter', 'front matter must be YAML "key: value" fields (id, title, publisher, published, language, seed)'));
  }
  const readable = !problems.some(isError);
  const issues = readable ? validators.sourceMeta(parsed.meta) : [];
  problems.push(...issues.map((i) => issueProblem(file, parsed.locate, i)));
  const meta = readable && issues.length === 0 ? (parsed.meta as SourceMeta) : undefined;
  if (meta) problems.push(...publishedDateProblems(file, meta, parsed.locate));
  const id = (parsed.meta as { id?: unknown } | undefined)?.id;
  return { kind: 'source', file, text, problems, meta, id: typeof id === 'string' ? id : undefined, body: parsed.body, bodyOffset: parsed.bodyOffset, lines: parsed.lines, locate: parsed.locate };
}

function publishedDateProblems(file: string, meta: SourceMeta, locate: Locator): Problem[] {
  const why = impossibleDate(meta.published.date);
  return why ? [problemAt(file, locate('/published/date'), 'invalid-date', `impossible date "${meta.published.date}": ${why}`)] : [];
}

const isPlainObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

const issueProblem = (file: string, locate: Locator, i: SchemaIssue): Problem => problemAt(file, locate(i.pointer, i.part), 'schema', i.message);
