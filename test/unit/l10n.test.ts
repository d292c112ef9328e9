/**
 * Localisation: every manifest string named %key% has its English and Indonesian text, and every string the
 * client shows through vscode.l10n.t has an Indonesian translation in the bundle the package ships.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');

/** The first argument of each t(...) / l10n.t(...) call in the client's sources, where it is a string literal. */
function clientMessages(): string[] {
  const dir = path.join(ROOT, 'client', 'src');
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/\b(?:l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.push(m[1].replace(/\\'/g, "'"));
  }
  return [...new Set(found)];
}

describe('localisation', () => {
  it('every %key% of the manifest is in package.nls.json and package.nls.id.json, and nothing else is', () => {
    const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]).sort();
    assert.ok(keys.length >= 10, `${keys.length} localised manifest strings`);
    for (const file of ['package.nls.json', 'package.nls.id.json']) {
      assert.deepEqual(Object.keys(json(file)).sort(), [...new Set(keys)].sort(), file);
    }
  });

  it('the Indonesian manifest strings are translations, not copies of the English', () => {
    const en = json('package.nls.json');
    const id = json('package.nls.id.json');
    const same = Object.keys(en).filter((k) => en[k] === id[k]);
    assert.deepEqual(same, []);
  });

  it("the client's messages all have an Indonesian translation with the same placeholders", () => {
    const messages = clientMessages();
    assert.ok(messages.length >= 10, `${messages.length} messages found in client/src`);
    const bundle = json('l10n/bundle.l10n.id.json') as Record<string, string>;
    const placeholders = (s: string): string[] => (s.match(/\{\d+\}|\$\([\w~-]+\)/g) ?? []).sort();
    for (const m of messages) {
      assert.ok(typeof bundle[m] === 'string', `"${m}" has no Indonesian translation`);
      assert.deepEqual(placeholders(bundle[m]), placeholders(m), `"${m}" keeps its placeholders and icons`);
    }
    assert.deepEqual(Object.keys(bundle).filter((k) => !messages.includes(k)), [], 'no translations of messages the client no longer shows');
  });

  it('the manifest points VS Code at the bundle', () => {
    assert.equal(json('package.json').l10n, './l10n');
  });
});
