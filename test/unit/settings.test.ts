/**
 * The settings table (server/src/settings.ts) is the one definition of every setting: the manifest's
 * contributes.configuration must say what it says, so a setting added, renamed or re-described in one
 * place and not the other fails here (as the schema/types test does for the data).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeSettings } from '../../server/src/session/settings';
import { CLI_SETTINGS, RULE_LEVELS, SETTINGS, type SettingSpec } from '../../server/src/settings';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;
const editorSettings = Object.values(SETTINGS as Record<string, SettingSpec<unknown>>).filter((s) => s.editor !== undefined);

/** What package.json should hold for a setting of the table. */
function contributed(spec: SettingSpec<unknown>): Record<string, unknown> {
  return {
    type: spec.type,
    ...(spec.type === 'array' ? { items: { type: 'string' } } : {}),
    // Any rule id, so adding a rule is one file and one line (features/rules/index.ts), not a manifest edit too.
    ...(spec === SETTINGS.rules ? { additionalProperties: { type: 'string', enum: RULE_LEVELS } } : {}),
    ...(spec.enum ? { enum: spec.enum } : {}),
    // Described through package.nls*.json (localised), under keys named for the setting.
    ...(spec.enumDescriptions ? { enumDescriptions: spec.enum!.map((v) => `%${spec.editor}.${String(v)}%`) } : {}),
    default: spec.default,
    scope: spec.scope,
    [spec.markdown ? 'markdownDescription' : 'description']: `%${spec.editor}.description%`,
  };
}

const nls = (lang: 'en' | 'id'): Record<string, string> => JSON.parse(readFileSync(path.join(ROOT, lang === 'en' ? 'package.nls.json' : 'package.nls.id.json'), 'utf8'));

describe('the settings table', () => {
  it('package.json contributes exactly the editor settings of the table, each with its type, default, scope and description', () => {
    assert.deepEqual(Object.keys(properties).sort(), editorSettings.map((s) => `aseanRef.${s.editor}`).sort());
    for (const spec of editorSettings) assert.deepEqual(properties[`aseanRef.${spec.editor}`], contributed(spec), spec.editor);
  });

  it('the manifest\'s English and Indonesian descriptions of each setting are the table\'s', () => {
    for (const lang of ['en', 'id'] as const) {
      const strings = nls(lang);
      for (const spec of editorSettings) {
        assert.equal(strings[`${spec.editor}.description`], spec.description[lang], `${lang}: ${spec.editor}`);
        spec.enumDescriptions?.forEach((d, i) => assert.equal(strings[`${spec.editor}.${String(spec.enum![i])}`], d[lang], `${lang}: ${spec.editor}`));
      }
    }
  });

  it('every setting is described in English and Indonesian, and each default is a value it accepts', () => {
    for (const [field, spec] of Object.entries(SETTINGS as Record<string, SettingSpec<unknown>>)) {
      assert.ok(spec.description.en && spec.description.id, field);
      for (const d of spec.enumDescriptions ?? []) assert.ok(d.en && d.id, field);
      assert.deepEqual(spec.read(spec.default), spec.default, field);
    }
  });

  it('the server falls back to the table default for a missing or mistyped value, and reads nested keys', () => {
    assert.deepEqual(normalizeSettings(undefined), { cardLanguage: 'auto', asYouType: true, rules: {}, exemptAcronyms: ['ASEAN'], dataPaths: ['.asean-ref'] });
    assert.deepEqual(
      normalizeSettings({ cardLanguage: 'fr', completion: { asYouType: false }, rules: { 'ambiguous-reference': 'off', 'unknown-instance': 'loud' }, dataPaths: [' team ', 3, ''] }),
      { cardLanguage: 'auto', asYouType: false, rules: { 'ambiguous-reference': 'off' }, exemptAcronyms: ['ASEAN'], dataPaths: ['team'] },
    );
  });

  it('the CLI reads cardLanguage, completion.asYouType, failOn, dataPaths, rules and exemptAcronyms from .asean-ref.json', () => {
    assert.deepEqual([...CLI_SETTINGS.keys()].sort(), ['cardLanguage', 'completion.asYouType', 'dataPaths', 'exemptAcronyms', 'failOn', 'rules']);
  });
});
