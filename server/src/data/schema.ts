/**
 * The JSON Schemas, compiled once per loader (ajv compilation is the slow
 * part), as two functions that return readable issues with JSON pointers.
 */
import Ajv, { type ValidateFunction } from 'ajv';
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

export function createValidators(): Validators {
  // verbose: the messages need the failing data and the schema of if/then/else and oneOf.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  const run = (validate: ValidateFunction) => (value: unknown) => (validate(value) ? [] : describeErrors(validate.errors ?? []));
  return { entityFile: run(ajv.compile(entitiesSchema)), sourceMeta: run(ajv.compile(sourceSchema)) };
}
