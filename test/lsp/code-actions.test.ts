/**
 * Findings over LSP as the settings shape them (aseanRef.rules), and their quick fixes: the light bulb on a finding
 * offers the rule's fixes, and choosing one edits only the finding.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/client';

describe('quick fixes on a draft', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('the server says it offers quick fixes', () => {
    assert.deepEqual(client.initializeResult?.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
  });

  it('on "SOM", the light bulb offers to write out each reading; applying one leaves the rest of the line as typed', async () => {
    const uri = 'file:///tmp/quick-fix.md';
    const text = 'The SOM met in March, as planned.\n';
    const { diagnostics } = await client.open(uri, text);
    const som = diagnostics.filter((d) => d.code === 'ambiguous-reference');
    assert.equal(som.length, 1, JSON.stringify(diagnostics));
    const actions = await client.codeActions(uri, som);
    assert.deepEqual(actions.map((a) => a.title), ["Write out: ASEAN Senior Officials' Meeting", "Write out: Senior Officials' Meeting"]);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    assert.equal(TextDocument.applyEdits(doc, actions[0].edit!.changes![uri]), "The ASEAN Senior Officials' Meeting met in March, as planned.\n");
    await client.close(uri);
  });

  it('a finding of another kind, or a document that is not open, gets no fix', async () => {
    const uri = 'file:///tmp/no-fix.md';
    const { diagnostics } = await client.open(uri, 'The leaders met at the 99th ASEAN Summit.\n');
    assert.deepEqual(await client.codeActions(uri, diagnostics), []);
    await client.close(uri);
    assert.deepEqual(await client.codeActions('file:///tmp/never-opened.md', diagnostics), []);
  });
});

describe('the aseanRef.rules setting', function () {
  it('raises a check to a warning or turns it off, and a settings change re-checks the open draft', async () => {
    const client = await LspClient.start({ settings: { aseanRef: { rules: { 'ambiguous-reference': 'warning', 'unknown-instance': 'off' } } } });
    try {
      const uri = 'file:///tmp/rules.md';
      const { diagnostics } = await client.open(uri, 'The SOM met at the 99th ASEAN Summit.\n');
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['ambiguous-reference', 2]]);
      const again = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 2);
      await client.changeSettings({ aseanRef: {} });
      assert.deepEqual((await again).diagnostics.map((d) => [d.code, d.severity]), [['ambiguous-reference', 4], ['unknown-instance', 3]]);
    } finally {
      await client.stop();
    }
  });
});
