/**
 * One configuration: the project's .asean-ref.json, found upward from a draft in a subfolder, sets the card
 * language and rule severities; editing it takes effect without a restart; what the user set in the editor wins.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './helpers/client';

const DRAFT = 'Persiapan KTT ASEAN ke-99 berjalan.\n';

describe("the project's .asean-ref.json in the editor", function () {
  let ws: string;
  let configFile: string;
  let draftUri: string;
  let client: LspClient;

  const saveConfig = (text: string) => {
    writeFileSync(configFile, text);
    return client.filesChanged([{ uri: fileUri(configFile), type: FileChangeType.Changed }]);
  };

  before(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-config-ws-'));
    mkdirSync(path.join(ws, 'reports', 'q3'), { recursive: true });
    configFile = path.join(ws, '.asean-ref.json');
    writeFileSync(configFile, '{\n  // this team does not want these\n  "rules": { "unknown-instance": "off" },\n}\n');
    draftUri = fileUri(path.join(ws, 'reports', 'q3', 'laporan.md'));
    client = await LspClient.start({ folders: [ws] });
  });

  after(async () => {
    await client?.stop();
    if (ws) rmSync(ws, { recursive: true, force: true });
  });

  it('a rule the config turns off reports nothing in a draft two folders below it', async () => {
    const published = await client.open(draftUri, DRAFT);
    assert.deepEqual(published.diagnostics, []);
  });

  it('editing the config takes effect at once: the rule reports as an error, in the card language it names', async () => {
    const next = client.nextDiagnostics(draftUri, (p) => p.diagnostics.length > 0);
    await saveConfig('{ "cardLanguage": "en", "rules": { "unknown-instance": "error" } }');
    const [d] = (await next).diagnostics;
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.code, 'unknown-instance');
    assert.match(String(d.message), /the record has no 99th ASEAN Summit/);
  });

  it("what the user sets in the editor overrides the project's choice", async () => {
    const next = client.nextDiagnostics(draftUri, (p) => p.diagnostics.length > 0 && !/the record has no/.test(String(p.diagnostics[0].message)));
    await client.changeSettings({ aseanRef: { cardLanguage: 'id' } });
    const [d] = (await next).diagnostics;
    assert.equal(d.severity, DiagnosticSeverity.Error, 'the rule severity still comes from the project');
    assert.doesNotMatch(String(d.message), /the record has no/);
  });

  it('the server watches .asean-ref.json through the editor', () => {
    const patterns = JSON.stringify(client.registrations);
    assert.match(patterns, /\*\*\/\.asean-ref\.json/);
  });
});
