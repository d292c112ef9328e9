/**
 * The JSON Schemas, compiled once per loader (ajv compilation is the slow
 * part), as two functions that return readable issues with JSON pointers.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import entitiesSchema from '../../../data/schema/entities.schema.json';
import sourceSchema from '../../../data/schema/source.schema.json';
import { describeErrors, type SchemaIssue } from './schema-messages';

export type { SchemaIssue } from './schema-messages';

export interface Validators {
  /** An entity file: `{ "$schema"?, "entities": [...] }`. */
  entityFile(value: unknown): SchemaIssue[];
  /** A source's front matter. */
  sourceMeta(value: unknown): SchemaIssue[];
}

/**
 * Issues reported for one entity file at most. Past it the file is refused as a whole: ajv
 * (allErrors) and the message grouping both grow faster than the error count, and 400,000 broken
 * entities once blocked the server for minutes.
 */
export const MAX_SCHEMA_ISSUES = 200;

export function createValidators(): Validators {
  // verbose: the messages need the failing data and the schema of if/then/else and oneOf.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  const run = (validate: ValidateFunction) => (value: unknown) => (validate(value) ? [] : describeErrors(validate.errors ?? []));
  ajv.addSchema(entitiesSchema);
  const entity = ajv.getSchema(`${entitiesSchema.$id}#/definitions/entity`)!;
  // The file's own shape, with the entities checked one by one below, so the work is linear in them.
  const { $id: _id, ...rest } = entitiesSchema;
  const shape = run(ajv.compile({ ...rest, properties: { ...rest.properties, entities: { type: 'array' } } }));
  return {
    entityFile: (value) => {
      const issues = shape(value);
      const list = (value as { entities?: unknown } | null)?.entities;
      if (!Array.isArray(list)) return issues;
      for (let i = 0; i < list.length && issues.length <= MAX_SCHEMA_ISSUES; i++) {
        if (!entity(list[i])) issues.push(...describeErrors((entity.errors ?? []).map((e) => under(`/entities/${i}`, e))));
      }
      if (issues.length > MAX_SCHEMA_ISSUES) {
        issues.length = MAX_SCHEMA_ISSUES;
        issues.push({ pointer: '/entities', part: 'key', message: `more than ${MAX_SCHEMA_ISSUES} schema errors in this file; the first ${MAX_SCHEMA_ISSUES} are shown, the rest were not checked` });
      }
      return issues;
    },
    sourceMeta: run(ajv.compile(sourceSchema)),
  };
}

/** An entity's error as the whole file's validation would have reported it. */
const under = (pointer: string, e: ErrorObject): ErrorObject => ({ ...e, instancePath: pointer + e.instancePath });
