import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProjectConfig, parseProjectConfig } from '../../server/src/project-config';
import { explicitSettings, mergeSettings } from '../../server/src/session/settings';
import { cliSettingsSummary } from '../../server/src/settings';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(os.tmpdir(), 'proj', '.asean-ref.json');

describe("the project's .asean-ref.json", () => {
  it('reads JSON with comments and trailing commas', () => {
    const c = parseProjectConfig('{\n  // the team writes in English\n  "cardLanguage": "en",\n  "completion": { "asYouType": false },\n  "rules": { "ambiguous-reference": "off", "unknown-instance": "error" },\n}\n', FILE);
    assert.deepEqual(c.problems, []);
    assert.equal(c.cardLanguage, 'en');
    assert.equal(c.asYouType, false);
    assert.deepEqual(c.rules, { 'ambiguous-reference': 'off', 'unknown-instance': 'error' });
  });

  it('resolves data folders against its own folder, and refuses ones outside it', () => {
    assert.deepEqual(parseProjectConfig('{ "dataPaths": ["team", "shared/data"] }', FILE).dataPaths, [path.join(path.dirname(FILE), 'team'), path.join(path.dirname(FILE), 'shared', 'data')]);
    for (const outside of ['".."', '"../elsewhere"', '"/etc"']) {
      const c = parseProjectConfig(`{ "dataPaths": [${outside}] }`, FILE);
      assert.equal(c.dataPaths, undefined, outside);
      assert.match(c.problems[0], /dataPaths" must be folders inside the project/);
    }
    for (const itself of ['"."', '""']) {
      const c = parseProjectConfig(`{ "dataPaths": [${itself}] }`, FILE);
      assert.equal(c.dataPaths, undefined, itself);
      assert.match(c.problems[0], /invalid value for "dataPaths" \("" or "\." would make the whole project a data folder\)/);
    }
  });

  it('names a misspelt setting and a wrong value at file:line:col, and keeps the rest', () => {
    const c = parseProjectConfig('{\n  "cardlanguage": "en",\n  "failOn": "loud",\n  "cardLanguage": "id"\n}', FILE);
    // The keys and their values are named as the settings table names them (cliSettingsSummary).
    assert.deepEqual(c.problems, [`${FILE}:3:3: "failOn" must be error|warning|information|hint; ignored`, `${FILE}:2:3: unknown setting "cardlanguage" (settings: ${cliSettingsSummary()})`]);
    assert.equal(c.cardLanguage, 'id');
  });

  it('reports a syntax error where it is', () => {
    assert.match(parseProjectConfig('{\n  "cardLanguage": \n}', FILE).problems[0], /:3:1: JSON syntax error: expected a value/);
  });

  it('accepts exactly the settings its JSON Schema describes', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'data', 'schema', 'config.schema.json'), 'utf8'));
    const keys = Object.keys(schema.properties).filter((k) => k !== '$schema');
    const unknown = parseProjectConfig(`{ ${keys.map((k) => `"${k}": null`).join(', ')} }`, FILE).problems.filter((p) => p.includes('unknown setting'));
    assert.deepEqual(unknown, []);
    assert.deepEqual(Object.keys(schema.properties.completion.properties), ['asYouType']);
  });

  it('is found from a draft in a subfolder, the nearest one first', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-config-'));
    try {
      mkdirSync(path.join(dir, 'reports', '2024', 'q3'), { recursive: true });
      writeFileSync(path.join(dir, '.asean-ref.json'), '{}');
      assert.equal(findProjectConfig(path.join(dir, 'reports', '2024', 'q3')), path.join(dir, '.asean-ref.json'));
      writeFileSync(path.join(dir, 'reports', '.asean-ref.json'), '{}');
      assert.equal(findProjectConfig(path.join(dir, 'reports', '2024', 'q3')), path.join(dir, 'reports', '.asean-ref.json'));
      assert.equal(findProjectConfig(path.join(dir, 'reports', '2024'), path.join(dir, 'reports', '2024')), undefined, 'not above the folder it stops at');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('settings for a draft in the editor', () => {
  const project = parseProjectConfig('{ "cardLanguage": "en", "completion": { "asYouType": false }, "dataPaths": ["team"] }', FILE);

  it("take the project's choices where the user set nothing", () => {
    const s = mergeSettings(project, explicitSettings({}));
    assert.equal(s.cardLanguage, 'en');
    assert.equal(s.asYouType, false);
    assert.deepEqual(s.dataPaths, [path.join(path.dirname(FILE), 'team')]);
  });

  it('let what the user set in VS Code win', () => {
    const s = mergeSettings(project, explicitSettings({ cardLanguage: 'id', completion: { asYouType: true } }));
    assert.equal(s.cardLanguage, 'id');
    assert.equal(s.asYouType, true);
  });

  it('fall back to the defaults without a project config, ignoring wrong-typed values', () => {
    const s = mergeSettings(undefined, explicitSettings({ cardLanguage: 'fr', completion: { asYouType: 'yes' } }));
    assert.deepEqual([s.cardLanguage, s.asYouType, s.dataPaths], ['auto', true, ['.asean-ref']]);
  });
});
