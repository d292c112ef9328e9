// Derives the TypeScript data model from the JSON Schemas, so the two cannot drift.
// `npm run gen:types` rewrites server/src/data/model.gen.ts; a unit test fails when it is stale.
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outFile = path.join(root, 'server/src/data/model.gen.ts');

export async function generate() {
  const banner = '/* Generated from data/schema/*.schema.json by `npm run gen:types`. Do not edit. */';
  const opts = { bannerComment: '', additionalProperties: false, unreachableDefinitions: true, style: { singleQuote: true } };
  const parts = [banner];
  for (const [file, name] of [['entities.schema.json', 'EntityFile'], ['source.schema.json', 'SourceMeta']]) {
    const schema = JSON.parse(readFileSync(path.join(root, 'data/schema', file), 'utf8'));
    schema.title = name;
    parts.push(await compile(schema, name, { ...opts, cwd: path.join(root, 'data/schema') }));
  }
  return parts.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(outFile, await generate());
  console.log(`wrote ${path.relative(root, outFile)}`);
}
