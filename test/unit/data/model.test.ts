import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './helpers';

describe('the TypeScript data model', () => {
  it('matches the JSON Schemas (run `npm run gen:types` after editing a schema)', async () => {
    // gen-types.mjs is ESM: a computed URL keeps TypeScript from turning import() into require().
    const url = pathToFileURL(path.join(repoRoot, 'scripts', 'gen-types.mjs')).href;
    const { generate } = (await import(url)) as { generate: () => Promise<string> };
    const current = readFileSync(path.join(repoRoot, 'server', 'src', 'data', 'model.gen.ts'), 'utf8');
    assert.equal(current, await generate());
  });
});
