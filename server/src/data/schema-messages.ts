/**
 * ajv errors -> one readable message per location. ajv reports every branch
 * it tried: an if/then/else adds an "if" error beside the branch's own, a
 * oneOf adds every alternative's failure. Curators need the one that matters.
 */
import type { ErrorObject } from 'ajv';
import { childPointer, fieldName, type NodePart } from './positions';

export interface SchemaIssue {
  pointer: string;
  part: NodePart;
  message: string;
}

interface Conditional {
  instancePath: string;
  /** schemaPath prefix of the branch that failed: "#/allOf/0/then". */
  branch: string;
  /** "then" errors apply when the condition holds, "else" errors when it does not. */
  when: 'then' | 'else';
  condition: string;
  /** The property the condition tests, so a broken "kind" does not also produce kind-dependent noise. */
  tests?: string;
  /** The tested property is absent: JSON Schema then counts the condition as true, which says nothing. */
  vacuous: boolean;
}

export function describeErrors(errors: readonly ErrorObject[]): SchemaIssue[] {
  const conditionals = errors.filter((e) => e.keyword === 'if').map(conditionalOf);
  const consumed = new Set<ErrorObject>();
  const out: SchemaIssue[] = [];
  errors.forEach((e, i) => {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') out.push(...alternatives(e, errors.slice(0, i), consumed));
  });
  for (const e of errors) {
    if (consumed.has(e) || e.keyword === 'if' || e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
    const cond = conditionals.find((c) => c.instancePath === e.instancePath && e.schemaPath.startsWith(c.branch + '/'));
    if (!cond) out.push(...plain(e));
    else if (!isNoise(cond, errors)) out.push(...conditional(e, cond));
  }
  return mergeMissing(dedupe(out));
}

function conditionalOf(e: ErrorObject): Conditional {
  const when = (e.params as { failingKeyword: 'then' | 'else' }).failingKeyword;
  const test = (e.parentSchema as { if?: unknown } | undefined)?.if;
  const described = describeCondition(test);
  const vacuous = described.tests !== undefined && !(isObject(e.data) && described.tests in e.data);
  return { instancePath: e.instancePath, branch: `${e.schemaPath.slice(0, -'/if'.length)}/${when}`, when, vacuous, ...described };
}

/** A broken or missing tested property gets its own message; the branches it selects would only add noise. */
function isNoise(c: Conditional, errors: readonly ErrorObject[]): boolean {
  if (c.vacuous) return true;
  const tested = c.tests && childPointer(c.instancePath, c.tests);
  return tested !== undefined && errors.some((x) => x.instancePath === tested);
}

function describeCondition(test: unknown): { condition: string; tests?: string } {
  const t = test as { properties?: Record<string, { const?: unknown }>; required?: string[] } | undefined;
  const prop = t?.properties && Object.keys(t.properties)[0];
  if (prop && t.properties![prop].const !== undefined) return { condition: `"${prop}" is ${JSON.stringify(t.properties![prop].const)}`, tests: prop };
  if (t?.required?.length) return { condition: `"${t.required[0]}" is given` };
  return { condition: 'the schema condition holds' };
}

/**
 * A oneOf/anyOf failure: the alternatives whose type did not even match are
 * noise; if one alternative had the right type, its own errors are the answer.
 */
function alternatives(e: ErrorObject, before: readonly ErrorObject[], consumed: Set<ErrorObject>): SchemaIssue[] {
  const under = (x: ErrorObject) => x.instancePath === e.instancePath || x.instancePath.startsWith(e.instancePath + '/');
  const branchErrors = before.filter((x) => under(x) && !consumed.has(x));
  for (const x of branchErrors) consumed.add(x);
  const typeMisses = branchErrors.filter((x) => x.keyword === 'type' && x.instancePath === e.instancePath);
  const rest = branchErrors.filter((x) => !typeMisses.includes(x));
  if (rest.length > 0) return rest.flatMap(plain);
  const types = [...new Set(typeMisses.map((x) => article(String((x.params as { type: string }).type))))];
  return [{ pointer: e.instancePath, part: 'value', message: `${subject(e.instancePath)} must be ${types.join(' or ') || 'one of the allowed forms'}` }];
}

function conditional(e: ErrorObject, c: Conditional): SchemaIssue[] {
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    const why = c.when === 'then' ? `required when ${c.condition}` : `required unless ${c.condition}`;
    return [{ pointer: e.instancePath, part: 'value', message: `missing required property "${missing}" (${why})` }];
  }
  if (e.keyword === 'not') {
    const present = requiredNames(e.schema).filter((p) => isObject(e.data) && p in e.data);
    const why = c.when === 'else' ? `only allowed when ${c.condition}` : `not allowed when ${c.condition}`;
    return present.map((p) => ({ pointer: childPointer(e.instancePath, p), part: 'key' as const, message: `"${p}" is ${why}` }));
  }
  return plain(e).map((i) => ({ ...i, message: `${i.message} (${c.when === 'then' ? 'when' : 'unless'} ${c.condition})` }));
}

/** Property names a `{required}` / `{anyOf: [{required}…]}` schema asks for. */
function requiredNames(schema: unknown): string[] {
  const s = schema as { required?: string[]; anyOf?: unknown[]; oneOf?: unknown[] } | undefined;
  return [...(s?.required ?? []), ...[...(s?.anyOf ?? []), ...(s?.oneOf ?? [])].flatMap(requiredNames)];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a message names the node: the file's top level, the entity, or the field path inside the entity. */
function subject(pointer: string): string {
  const name = fieldName(pointer);
  if (name === '(file)') return 'the top level';
  if (name === 'entity') return 'the entity';
  return `"${name}"`;
}

function article(type: string): string {
  if (type === 'object' || type === 'array' || type === 'integer') return `an ${type}`;
  return `a ${type}`;
}

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';
const TIME_PATTERN = '^[0-9]{2}:[0-9]{2}( [A-Z]{3,4})?$';
const URL_PATTERN = '^https://[^\\s]+$';

function patternMessage(e: ErrorObject): string {
  const got = JSON.stringify(e.data);
  const pattern = (e.params as { pattern: string }).pattern;
  const what =
    pattern === ID_PATTERN
      ? 'an id: lowercase letters and digits in words joined by single hyphens'
      : pattern === DATE_PATTERN
        ? 'a date written YYYY, YYYY-MM or YYYY-MM-DD'
        : pattern === TIME_PATTERN
          ? 'a time written HH:MM, optionally followed by a zone such as WIB'
          : pattern === URL_PATTERN
            ? 'an https:// address without spaces'
            : `text matching ${pattern}`;
  return `${subject(e.instancePath)} must be ${what} (got ${got})`;
}

/** The message for an error that is not part of a conditional or an alternative. */
function plain(e: ErrorObject): SchemaIssue[] {
  const at = (message: string, pointer = e.instancePath, part: NodePart = 'value'): SchemaIssue[] => [{ pointer, part, message }];
  const p = e.params as Record<string, unknown>;
  const name = subject(e.instancePath);
  switch (e.keyword) {
    case 'required':
      return at(`missing required property "${p.missingProperty}"`);
    case 'additionalProperties':
      return at(`unknown property "${p.additionalProperty}"`, childPointer(e.instancePath, String(p.additionalProperty)), 'key');
    case 'enum':
      return at(`${name} must be one of: ${(p.allowedValues as unknown[]).join(', ')} (got ${JSON.stringify(e.data)})`);
    case 'const':
      return at(`${name} must be ${JSON.stringify(p.allowedValue)}`);
    case 'type':
      return at(`${name} must be ${article(String(p.type))}${p.type === 'string' && typeof e.data !== 'object' ? ' (put it in quotes)' : ''}`);
    case 'pattern':
      return at(patternMessage(e));
    case 'minLength':
      return at(p.limit === 1 ? `${name} must not be empty` : `${name} must be at least ${p.limit} characters long`);
    case 'minItems':
      return at(`${name} must list at least ${p.limit} item${p.limit === 1 ? '' : 's'}`);
    case 'minProperties':
      return at(`${name} must not be empty`);
    case 'minimum':
      return at(`${name} must be at least ${p.limit}`);
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      const item = Array.isArray(e.data) ? JSON.stringify(e.data[later]) : 'an item';
      return at(`${name} lists ${item} twice`, childPointer(e.instancePath, later));
    }
    case 'not':
      return at(`${name} is not allowed here`);
    default:
      return at(`${name} ${e.message ?? 'is not valid'}`);
  }
}

const MISSING = /^missing required property "([^"]+)"$/;

/** Several missing properties of one object in one message: `missing required properties "kind", "name"`. */
function mergeMissing(issues: SchemaIssue[]): SchemaIssue[] {
  const missing = new Map<string, string[]>();
  for (const i of issues) {
    const m = MISSING.exec(i.message);
    if (m) missing.set(i.pointer, [...(missing.get(i.pointer) ?? []), m[1]]);
  }
  const done = new Set<string>();
  return issues.flatMap((i) => {
    const names = missing.get(i.pointer);
    if (!MISSING.test(i.message) || !names || names.length < 2) return [i];
    if (done.has(i.pointer)) return [];
    done.add(i.pointer);
    return [{ ...i, message: `missing required properties ${names.map((n) => `"${n}"`).join(', ')}` }];
  });
}

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.pointer}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
